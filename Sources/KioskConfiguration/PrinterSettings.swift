/// The hall's receipt printer (`[printer]` in kiosk.conf): where the kiosk sends ESC/POS, the paper's width and
/// how Vietnamese text is encoded for it.
public struct PrinterSettings: Sendable, Equatable {
    /// Where the printer is: `/dev/usb/lp0` (a USB printer's character device), `tcp://HOST:PORT` (a network
    /// printer, usually port 9100) or `file:/PATH` (the bytes appended to a file: tests, or a spooler's folder).
    public enum Device: Sendable, Equatable, CustomStringConvertible {
        case character(path: String)
        case network(host: String, port: Int)
        case file(path: String)

        /// nil when the text names none of the three; the problem says what is expected.
        public static func parse(_ text: String) -> Device? {
            if text.hasPrefix("file:") {
                let path = String(text.dropFirst("file:".count))
                return path.isEmpty ? nil : .file(path: path)
            }
            if text.hasPrefix("tcp://") {
                let rest = text.dropFirst("tcp://".count)
                guard let colon = rest.lastIndex(of: ":"), let port = Int(rest[rest.index(after: colon)...]),
                      (1...65535).contains(port) else { return nil }
                let host = String(rest[..<colon])
                guard !host.isEmpty, !host.contains("/") else { return nil }
                return .network(host: host, port: port)
            }
            return text.hasPrefix("/dev/") && text.count > "/dev/".count ? .character(path: text) : nil
        }

        public static let syntax = "/dev/usb/lp0, tcp://HOST:9100 or file:/PATH"

        public var description: String {
            switch self {
            case .character(let path): path
            case .network(let host, let port): "tcp://\(host):\(port)"
            case .file(let path): "file:\(path)"
            }
        }
    }

    /// How text reaches the printer. `wpc1258`: the printer's Vietnamese code page Windows-1258 (ESC t 52 on
    /// Epson-compatible printers), tone marks as combining marks after their letter where the page has no
    /// precomposed letter. `ascii`: for a printer without a Vietnamese page: letters without their marks.
    public enum CodePage: String, Sendable, CaseIterable {
        case wpc1258
        case ascii
    }

    public var device: Device
    /// 58 or 80 (millimetres): 32 or 48 characters a line in the printer's standard font.
    public var paperMillimetres: Int
    public var codePage: CodePage

    public init(device: Device, paperMillimetres: Int = 80, codePage: CodePage = .wpc1258) {
        self.device = device
        self.paperMillimetres = paperMillimetres
        self.codePage = codePage
    }

    /// Characters a line in the standard font (12 dots wide): 384 dots on 58 mm paper, 576 on 80 mm.
    public var columns: Int { paperMillimetres == 58 ? 32 : 48 }
}
