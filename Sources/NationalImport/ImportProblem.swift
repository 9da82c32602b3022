import ProcedureCatalog

/// A record the importer refused, or a file it could not read, reported as catalog problems are: the file, the
/// line or record, the record's code, the key path, and what is wrong, in both languages.
public struct ImportProblem: Error, Sendable, Equatable {
    public var file: String
    /// 1-based line of a list row; nil for a JSON record (its position is in `path`).
    public var line: Int?
    public var code: String?
    /// The key path inside the record, e.g. `CACHTHUCTHUCHIEN[0].THOIGIAN[0].PHILEPHI[1].SOTIEN`.
    public var path: String
    public var message: LocalizedText

    public init(file: String, line: Int? = nil, code: String? = nil, path: String = "", message: LocalizedText) {
        self.file = file
        self.line = line
        self.code = code
        self.path = path
        self.message = message
    }

    /// `file:line: [code] path: message`, as `kiosk validate` prints catalog problems.
    public func text(in language: Language) -> String {
        var place = file
        if let line { place += ":\(line)" }
        var text = "\(place):"
        if let code { text += " [\(code)]" }
        if !path.isEmpty { text += " \(path):" }
        return "\(text) \(message[language])"
    }
}
