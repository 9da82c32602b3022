import ProcedureCatalog

/// One thing wrong with kiosk.conf, naming the key and its line.
public struct ConfigProblem: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        case unreadable(String)
        case syntax(String)
        case unknownKey
        case missing
        case wrongType(expected: String)
        case outOfRange(Int, ClosedRange<Int>)
        case notAllowed(String, allowed: [String])
        case malformed(String, expected: String)
    }

    public var file: String
    public var line: Int?
    /// Dotted key, e.g. `center.name.vi`.
    public var key: String
    public var kind: Kind

    public init(file: String, line: Int?, key: String, kind: Kind) {
        self.file = file
        self.line = line
        self.key = key
        self.kind = kind
    }

    public var description: String { message(in: .en) }

    public func message(in language: Language) -> String {
        var parts = [line.map { "\(file):\($0)" } ?? file]
        if !key.isEmpty { parts.append(key) }
        // A quoted TOML key may hold any character: keep the line inert for the terminal.
        return CatalogText.inert(parts.joined(separator: ": ") + ": " + explanation(in: language))
    }

    public func explanation(in language: Language) -> String {
        let vi = language == .vi
        switch kind {
        case .unreadable(let detail):
            return vi ? "không đọc được tệp cấu hình (\(detail))" : "cannot read the settings file (\(detail))"
        case .syntax(let detail):
            return vi ? "sai cú pháp TOML: \(detail)" : "TOML syntax error: \(detail)"
        case .unknownKey:
            return vi ? "khóa không được hỗ trợ" : "unknown setting"
        case .missing:
            return vi ? "thiếu thiết lập bắt buộc" : "required setting is missing"
        case .wrongType(let expected):
            return vi ? "sai kiểu dữ liệu, cần \(Self.typeNameVI(expected))" : "wrong type, expected \(expected)"
        case .outOfRange(let value, let range):
            return vi
                ? "giá trị \(value) ngoài khoảng \(range.lowerBound)…\(range.upperBound)"
                : "\(value) is outside \(range.lowerBound)…\(range.upperBound)"
        case .notAllowed(let value, let allowed):
            let list = allowed.joined(separator: ", ")
            return vi ? "giá trị “\(value)” không hợp lệ (dùng: \(list))" : "“\(value)” is not allowed (use: \(list))"
        case .malformed(let value, let expected):
            return vi ? "“\(value)” sai dạng (cần: \(Self.typeNameVI(expected)))" : "“\(value)” is malformed (expected \(expected))"
        }
    }

    private static func typeNameVI(_ english: String) -> String {
        switch english {
        case "a string": "chuỗi văn bản"
        case "an integer": "số nguyên"
        case "true or false": "true hoặc false"
        case "a table": "bảng (table)"
        case "a table with vi and en": "bảng có vi và en"
        case "printable text": "văn bản in được"
        case "a hash from `kiosk pin-hash`": "chuỗi băm tạo bằng `kiosk pin-hash`"
        case "a list of days": "danh sách ngày"
        case PrinterSettings.Device.syntax: "/dev/usb/lp0, tcp://MÁY:9100 hoặc file:/ĐƯỜNG_DẪN"
        case "YYYY-MM-DD": "ngày dạng YYYY-MM-DD"
        case "postgresql://USER@HOST:PORT/DATABASE": "địa chỉ dạng postgresql://NGƯỜI_DÙNG@MÁY:CỔNG/CSDL"
        case "no password in the URL (put it in database.password_file or PGPASSFILE)":
            "không có mật khẩu trong địa chỉ (đặt trong database.password_file hoặc PGPASSFILE)"
        case "a user before @ (postgresql://USER@HOST/DATABASE)": "tên người dùng trước @ (postgresql://NGƯỜI_DÙNG@MÁY/CSDL)"
        case "a host name after @": "tên máy chủ sau @"
        case "a database name after the host (…/DATABASE)": "tên cơ sở dữ liệu sau tên máy (…/CSDL)"
        case "a port 1…65535": "cổng từ 1 đến 65535"
        case "only sslmode after ?": "chỉ sslmode sau dấu ?"
        case "sslmode=require, prefer or disable": "sslmode=require, prefer hoặc disable"
        case KeyChord.syntax: "tên phím như \"ctrl-x ctrl-q\" hoặc \"f12 f10\" (2 đến 4 phím)"
        default: english
        }
    }
}

/// Every problem of a kiosk.conf that was refused: none of it was applied.
public struct ConfigProblems: Error, Sendable, CustomStringConvertible {
    public var problems: [ConfigProblem]

    public init(_ problems: [ConfigProblem]) {
        self.problems = problems
    }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
