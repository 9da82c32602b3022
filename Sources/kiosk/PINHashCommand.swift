import ArgumentParser
import Foundation
import Glibc
import KioskConfiguration

/// `kiosk pin-hash`: the line to put in kiosk.conf for a new staff PIN. The PIN is read from standard input
/// (hidden on a terminal), never from the command line, which shells keep in their history.
struct PINHashCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pin-hash",
        abstract: "Read a new staff PIN (6–12 digits, not trivial) from standard input; print its salted hash for kiosk.conf."
    )

    func run() throws {
        let pin = Self.readPIN(prompt: "PIN (\(StaffPIN.fitLength)–12 chữ số / digits): ") ?? ""
        // A kiosk stands in a public hall and allows about a dozen wrong PINs a day: refuse what a stranger
        // would try first.
        if let weakness = PINWeakness.of(pin) {
            Output.error("\(weakness.message.vi) / \(weakness.message.en)")
            throw ExitCode(1)
        }
        if isatty(0) == 1 {
            guard Self.readPIN(prompt: "Nhập lại / Again: ") == pin else {
                Output.error("Hai lần nhập không khớp. / The two entries differ.")
                throw ExitCode(1)
            }
        }
        guard let hash = StaffPIN.hash(pin) else {
            Output.error("libcrypt could not hash the PIN.")
            throw ExitCode(1)
        }
        print("pin_hash = \"\(hash)\"")
    }

    /// One line from standard input; on a terminal, with echo off.
    static func readPIN(prompt: String) -> String? {
        guard isatty(0) == 1 else { return readLine(strippingNewline: true) }
        FileHandle.standardError.write(Data(prompt.utf8))
        var saved = termios()
        tcgetattr(0, &saved)
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(0, TCSANOW, &silent)
        defer {
            tcsetattr(0, TCSANOW, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return readLine(strippingNewline: true)
    }
}
