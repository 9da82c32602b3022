/// One thing wrong with a catalog, saying where (file, line), which procedure and which field.
public struct CatalogProblem: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        case unreadable(String)
        case syntax(String)
        case missing
        case empty
        case wrongType(expected: ValueType)
        case unknownKey
        case duplicate(firstAt: FileLocation)
        case unknownReference(ReferenceKind, String)
        case malformedFee(String)
        case malformedNumber(String)
        case malformedCode(String)
        case malformedIdentifier(String)
        case malformedDate(String)
        case notAllowed(String, allowed: [String])
        case controlCharacter(UInt32)
        /// A text longer than its kind may be (`CatalogText.LengthLimit` says why the bounds are what they are).
        case tooLong(length: Int, limit: CatalogText.LengthLimit)
        case missingTranslation(Language)
        case noProcedures
        /// A search word or phrase with no letter or digit to compare.
        case noWords(String)
        /// A synonym group with one name and no `catalog_says`: it would change nothing.
        case lonelySynonym
        /// Two agencies with one queue prefix name different counters (agency id of the first).
        case queueCountersDiffer(prefix: String, agency: String)
        /// One counter calls two queues (the counter, the other queue's prefix).
        case counterInTwoQueues(counter: Int, otherPrefix: String)
    }

    public enum ValueType: String, Hashable, Sendable {
        case text, number, list, mapping, yesNo
    }

    public enum ReferenceKind: String, Hashable, Sendable {
        case level, field, agency
    }

    public var location: FileLocation
    /// The procedure's code as written, when the problem is inside a procedure.
    public var procedure: String?
    /// The field's key path, e.g. `channels[0].fees[1].amount`.
    public var field: String
    public var kind: Kind

    public init(location: FileLocation, procedure: String?, field: String, kind: Kind) {
        self.location = location
        self.procedure = procedure
        self.field = field
        self.kind = kind
    }

    public var description: String { message(in: .en) }

    /// `file:line: procedure: field: what is wrong`, in the operator's language. Keys and paths come from the
    /// operator's files and are not checked like texts, so the whole line is made inert for the terminal.
    public func message(in language: Language) -> String {
        var parts = [location.description]
        if let procedure { parts.append(procedure) }
        if !field.isEmpty { parts.append(field) }
        return CatalogText.inert(parts.joined(separator: ": ") + ": " + explanation(in: language))
    }

    public func explanation(in language: Language) -> String {
        let vi = language == .vi
        switch kind {
        case .unreadable(let detail):
            return vi ? "không đọc được tệp (\(detail))" : "cannot read the file (\(detail))"
        case .syntax(let detail):
            return vi ? "sai cú pháp YAML: \(detail)" : "YAML syntax error: \(detail)"
        case .missing:
            return vi ? "thiếu trường bắt buộc" : "required field is missing"
        case .empty:
            return vi ? "cần ít nhất một mục" : "needs at least one entry"
        case .wrongType(let expected):
            return vi ? "phải là \(expected.name(in: .vi))" : "must be \(expected.name(in: .en))"
        case .unknownKey:
            return vi ? "trường không có trong định dạng danh mục" : "not a field of the catalog format"
        case .duplicate(let first):
            return vi ? "trùng với mục đã khai báo tại \(first)" : "duplicate of the entry at \(first)"
        case .unknownReference(let kind, let value):
            return vi
                ? "\(kind.name(in: .vi)) “\(value)” chưa được khai báo"
                : "unknown \(kind.name(in: .en)) “\(value)”"
        case .malformedFee(let value):
            return vi
                ? "lệ phí “\(value)” phải là số đồng nguyên, không âm (hoặc varies)"
                : "fee “\(value)” must be a whole, non-negative number of đồng (or varies)"
        case .malformedNumber(let value):
            return vi ? "“\(value)” phải là số nguyên không âm" : "“\(value)” must be a whole, non-negative number"
        case .malformedCode(let value):
            return vi
                ? "mã thủ tục “\(value)” sai dạng (đúng: 1.001193.000.00.00.H08)"
                : "procedure code “\(value)” is malformed (expected like 1.001193.000.00.00.H08)"
        case .malformedIdentifier(let value):
            return vi
                ? "mã định danh “\(value)” sai dạng (đúng: 000.00.00.H08)"
                : "agency identifier “\(value)” is malformed (expected like 000.00.00.H08)"
        case .malformedDate(let value):
            return vi ? "ngày “\(value)” phải có dạng NNNN-TT-NN" : "date “\(value)” must be YYYY-MM-DD"
        case .notAllowed(let value, let allowed):
            let list = allowed.joined(separator: ", ")
            return vi ? "giá trị “\(value)” không hợp lệ (dùng: \(list))" : "“\(value)” is not allowed (use: \(list))"
        case .controlCharacter(let scalar):
            let code = "U+" + String(scalar, radix: 16, uppercase: true).leftPadded(to: 4)
            return vi ? "văn bản chứa ký tự điều khiển \(code)" : "text contains the control character \(code)"
        case .tooLong(let length, let limit):
            let (most, count) = (limit.characters, length)
            switch (limit, vi) {
            case (.name, true):
                return "tên dài \(count) ký tự, tối đa \(most) (tên thủ tục dài nhất trong danh sách quốc gia có 1094 ký tự)"
            case (.name, false):
                return "the name is \(count) characters long, at most \(most) (the longest procedure name in the national list has 1094)"
            case (.text, true):
                return "văn bản dài \(count) ký tự, tối đa \(most) (một đoạn ghi chú hay các bước; danh sách giấy tờ thật dài nhất có 1689)"
            case (.text, false):
                return "the text is \(count) characters long, at most \(most) (a paragraph of notes or steps; the longest real documents list has 1689)"
            }
        case .missingTranslation(let missing):
            return missing == .en
                ? (vi ? "thiếu bản tiếng Anh (en)" : "English text (en) is missing")
                : (vi ? "thiếu bản tiếng Việt (vi)" : "Vietnamese text (vi) is missing")
        case .noProcedures:
            return vi ? "danh mục không có thủ tục nào" : "the catalog holds no procedure"
        case .noWords(let text):
            return vi ? "“\(text)” không có chữ hay số nào để so khớp"
                : "“\(text)” holds no letter or digit to match"
        case .lonelySynonym:
            return vi ? "nhóm từ đồng nghĩa cần ít nhất hai cách gọi trong citizens_say, hoặc có catalog_says"
                : "a synonym group needs two names in citizens_say, or catalog_says"
        case .queueCountersDiffer(let prefix, let agency):
            return vi ? "hàng đợi \(prefix) đã có các quầy khác ở cơ quan \(agency): cùng tiền tố phải cùng quầy"
                : "queue \(prefix) lists other counters at agency \(agency): one prefix, one set of counters"
        case .counterInTwoQueues(let counter, let other):
            return vi ? "quầy \(counter) đã gọi số của hàng đợi \(other): mỗi quầy chỉ thuộc một hàng đợi"
                : "counter \(counter) already calls queue \(other): a counter calls one queue"
        }
    }
}

extension CatalogProblem.ValueType {
    func name(in language: Language) -> String {
        switch (self, language) {
        case (.text, .vi): "văn bản"
        case (.text, .en): "text"
        case (.number, .vi): "số nguyên"
        case (.number, .en): "a whole number"
        case (.list, .vi): "danh sách"
        case (.list, .en): "a list"
        case (.mapping, .vi): "một nhóm trường (mapping)"
        case (.mapping, .en): "a mapping of fields"
        case (.yesNo, .vi): "true hoặc false"
        case (.yesNo, .en): "true or false"
        }
    }
}

extension CatalogProblem.ReferenceKind {
    func name(in language: Language) -> String {
        switch (self, language) {
        case (.level, .vi): "cấp thực hiện"
        case (.level, .en): "level"
        case (.field, .vi): "lĩnh vực"
        case (.field, .en): "field"
        case (.agency, .vi): "cơ quan"
        case (.agency, .en): "agency"
        }
    }
}

extension String {
    /// The string padded on the left to `width` characters (codes in messages, counts in summaries).
    public func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}

/// Every problem of a catalog that failed to load: none of it was loaded.
public struct CatalogProblems: Error, Sendable, CustomStringConvertible {
    public var problems: [CatalogProblem]

    public init(_ problems: [CatalogProblem]) {
        self.problems = problems
    }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
