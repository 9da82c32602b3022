import ArgumentParser
import Foundation

// Exit codes: 0 ok, 1 not found or invalid input (a bad catalog, a bad kiosk.conf), 2 usage.
do {
    var command = try Kiosk.parseAsRoot()
    // What the kiosk writes in var/ is its user's alone (0600 files, 0700 folders); the catalog the importers
    // write is published, read by the kiosk's user and kept in git, and keeps the usual modes.
    if !(command is ImportCommand || command is GenerateCommand) { umask(0o077) }
    try command.run()
} catch let code as ExitCode {
    exit(code.rawValue)
} catch {
    let code = Kiosk.exitCode(for: error)
    let message = Kiosk.fullMessage(for: error)
    if code == .success {
        print(message)
        exit(0)
    }
    Output.error(message)
    exit(2)
}
