import TestSupport
import Foundation
import Testing

/// The real kiosk in a tmux pane, as fzf's tests drive fzf: a private server socket per session, keys and
/// SGR mouse sequences sent in, the screen read back with `capture-pane`, polling with a deadline.
///
/// tmux runs through `system`/`popen` with its standard streams on /dev/null where it may start a server:
/// the server keeps inherited descriptors open, which makes Foundation's `Process.waitUntilExit` hang.
final class TmuxKiosk {
    let socket = "kiosk-test-" + UUID().uuidString.prefix(8)
    /// Files the pane's shell writes: stty settings before and after, the kiosk's exit status.
    let folder = TestScratch.root + "kiosk-e2e-" + UUID().uuidString
    /// The kiosk's own settings and case database, when the test gives none: kept as long as the kiosk runs.
    private let own: TemporaryKiosk?

    init(width: Int, height: Int, arguments: String = "", environment: String = "") throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // Each kiosk gets its own case database, never the repository's var/.
        own = arguments.contains("--config") ? nil : try TemporaryKiosk()
        let arguments = own.map { "--config \($0.config) \(arguments)" } ?? arguments
        let script = """
            unset NO_COLOR; cd \(Self.quote(Kiosk.root.path)) && stty -g > \(folder)/before; \
            TERM=xterm-256color LC_ALL=C.UTF-8 \(environment) sh -c 'echo $$ > \(folder)/pid; exec "$0" "$@"' \
            \(Self.quote(Kiosk.binary.path)) \(arguments) 2> \(folder)/stderr; \
            echo $? > \(folder)/status; stty -g > \(folder)/after; sleep 60
            """
        let status = tmux("new-session -d -s kiosk -x \(width) -y \(height) \(Self.quote("sh -c " + Self.quote(script)))")
        guard status == 0 else { throw TmuxError.failed("new-session exited \(status)") }
    }

    deinit {
        _ = tmux("kill-server")
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Runs a tmux command against this session's server; its output is discarded.
    @discardableResult
    func tmux(_ arguments: String) -> Int32 {
        system("tmux -L \(socket) -f /dev/null \(arguments) </dev/null >/dev/null 2>&1")
    }

    /// The pane's text, one string per row.
    func capture() -> [String] {
        read("capture-pane -p").components(separatedBy: "\n")
    }

    /// The pane's title, which an escape sequence reaching the terminal could change.
    func paneTitle() -> String {
        read("display-message -p -t kiosk '#{pane_title}'").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The pane's text with the escape sequences of its colours and attributes.
    func captureWithAttributes() -> String {
        read("capture-pane -e -p")
    }

    private func read(_ arguments: String) -> String {
        guard let pipe = popen("tmux -L \(socket) \(arguments) 2>/dev/null", "r") else { return "" }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&buffer, 1, buffer.count, pipe)
            if count <= 0 { break }
            data.append(buffer, count: count)
        }
        pclose(pipe)
        return String(decoding: data, as: UTF8.self)
    }

    /// Waits until the screen shows `text`; returns the screen, or throws with the last screen seen.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 15) throws -> [String] {
        try waitUntil("“\(text)” on screen", seconds: seconds) { $0.joined(separator: "\n").contains(text) }
    }

    @discardableResult
    func waitUntil(_ what: String, seconds: Double = 15, _ condition: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(seconds)
        var screen: [String] = []
        while Date() < deadline {
            screen = capture()
            if condition(screen) { return screen }
            usleep(50_000)
        }
        throw TmuxError.timeout(what, screen.joined(separator: "\n"))
    }

    /// Keys by tmux name (`Enter`, `F2`, `C-x`).
    func press(_ keys: String...) {
        tmux("send-keys -t kiosk " + keys.map(Self.quote).joined(separator: " "))
    }

    /// Text typed as it is.
    func type(_ text: String) {
        tmux("send-keys -t kiosk -l " + Self.quote(text))
    }

    /// A touch: button-1 press and release as SGR mouse sequences, at a 0-based cell.
    func click(x: Int, y: Int) {
        type(Self.tap((x, y)))
    }

    /// Touches the middle of the first place on screen showing `text`.
    func click(_ text: String) throws {
        let screen = try waitFor(text)
        for (y, line) in screen.enumerated() {
            if let range = line.range(of: text) {
                let x = line.distance(from: line.startIndex, to: range.lowerBound)
                click(x: x + text.count / 2, y: y)
                return
            }
        }
    }

    /// Touches an on-screen keypad key: a box whose label stands two spaces after its left edge.
    func clickKey(_ label: String) throws {
        let cell = try keyCentre(label)
        click(x: cell.x, y: cell.y)
    }

    /// The cell of an on-screen keypad key's label.
    func keyCentre(_ label: String) throws -> (x: Int, y: Int) {
        let screen = try waitFor("│  \(label) ")
        for (y, line) in screen.enumerated() {
            if let range = line.range(of: "│  \(label) ") {
                return (line.distance(from: line.startIndex, to: range.lowerBound) + 3, y)
            }
        }
        throw TmuxError.failed("no key \(label)")
    }

    /// A touch's SGR press and release at a 0-based cell, as one string to send with others in one write.
    static func tap(_ cell: (x: Int, y: Int)) -> String {
        "\u{1B}[<0;\(cell.x + 1);\(cell.y + 1)M\u{1B}[<0;\(cell.x + 1);\(cell.y + 1)m"
    }

    func resize(width: Int, height: Int) {
        tmux("resize-window -t kiosk -x \(width) -y \(height)")
    }

    /// The kiosk's exit status once it has ended.
    func waitForExit(seconds: Double = 10) throws -> Int32 {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: "\(folder)/after", encoding: .utf8), !text.isEmpty,
               let status = try? String(contentsOfFile: "\(folder)/status", encoding: .utf8)
            {
                return Int32(status.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
            }
            usleep(50_000)
        }
        throw TmuxError.timeout("the kiosk to exit", capture().joined(separator: "\n"))
    }

    /// The kiosk's process id (the pane's shell writes it just before the kiosk replaces it).
    func pid() throws -> pid_t {
        try waitUntil("the kiosk's pid") { _ in pid_t(file("pid").trimmingCharacters(in: .whitespacesAndNewlines)) != nil }
        return pid_t(file("pid").trimmingCharacters(in: .whitespacesAndNewlines))!
    }

    func file(_ name: String) -> String {
        (try? String(contentsOfFile: "\(folder)/\(name)", encoding: .utf8)) ?? ""
    }

    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

enum TmuxError: Error, CustomStringConvertible {
    case failed(String)
    case timeout(String, String)

    var description: String {
        switch self {
        case .failed(let what): "tmux failed: \(what)"
        case .timeout(let what, let screen): "timed out waiting for \(what); the screen was:\n\(screen)"
        }
    }
}

/// Scenarios' first steps, written once.
extension TmuxKiosk {
    /// The kiosk started with `setup`'s settings (or a private copy of the shipped ones) and showing its home
    /// screen, in English with `english`.
    static func atHome(width: Int = 80, height: Int = 24, setup: TemporaryKiosk? = nil, english: Bool = false,
                       environment: String = "") throws -> TmuxKiosk {
        let arguments = (setup.map { "--config \($0.config)" } ?? "") + (english ? " --lang en" : "")
        let kiosk = try TmuxKiosk(width: width, height: height, arguments: arguments, environment: environment)
        try kiosk.waitFor(english ? "Check my case" : "Xin chào")
        return kiosk
    }

    /// A receipt number and the ID digits touched on the on-screen keypad, looking at the field after each touch
    /// as a person does, each confirmed with OK.
    func tapReceipt(_ receipt: String, digits: String) throws {
        var typed = ""
        for character in receipt {
            try clickKey(String(character))
            typed.append(character)
            try waitFor("│ \(typed)")
        }
        try click("OK")
        try waitFor("Số hồ sơ: \(receipt)")
        try tapDigits(digits)
    }

    /// Staff leave as the README's first run says: the chord, the PIN (2468 in the shipped kiosk.conf), "1 Đóng chương trình".
    func leaveAsStaff(pin: String = "2468") throws {
        press("C-x", "C-q")
        try waitFor("Nhập mã PIN của nhân viên")
        type(pin)
        press("Enter")
        try waitFor("Đánh giá 30 ngày")
        type("1")
    }

    /// The ID digits on the keypad, then OK.
    func tapDigits(_ digits: String) throws {
        for digit in digits { try clickKey(String(digit)) }
        try waitFor("●●●●")
        try click("OK")
    }

    /// A receipt number typed (it starts the look-up from any screen) and the ID digits asked for.
    func enterReceipt(_ receipt: String, english: Bool = false) throws {
        type("\(receipt)\r")
        try waitFor((english ? "Receipt number: " : "Số hồ sơ: ") + receipt)
    }
}
