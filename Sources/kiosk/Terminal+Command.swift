import ArgumentParser
import KioskTerminal

extension Terminal {
    /// The terminal for a full-screen command (the board, a counter's two screens): without one the command
    /// says why and ends with 1.
    static func forCommand(monochrome: Bool) throws -> Terminal {
        do {
            return try Terminal(monochrome: monochrome)
        } catch {
            Output.error(error.description)
            throw ExitCode(1)
        }
    }
}
