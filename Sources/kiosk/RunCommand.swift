import ArgumentParser
import Foundation
import KioskConfiguration
import KioskTerminal
import KioskUI
import ProcedureCatalog

/// `kiosk run` (the default): the full-screen kiosk on this terminal.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Open the full-screen kiosk on this terminal (the default command)."
    )

    @OptionGroup var options: CommonOptions

    @Flag(name: .long, help: "Draw without colours (also when NO_COLOR is set or the terminal has none).")
    var monochrome = false

    func run() throws {
        let config = try options.loadConfig()
        let catalog = try options.loadCatalog(config)
        let app = KioskApp(catalog: catalog, index: SearchIndex(catalog: catalog), config: config)
        let terminal: Terminal
        do {
            terminal = try Terminal(monochrome: monochrome)
        } catch {
            Output.error(error.description)
            throw ExitCode(1)
        }
        defer { terminal.stop() }
        KioskLoop(app: app, terminal: terminal, language: options.language(config)).run()
    }
}

/// Input → update → view → draw, until staff leave or the terminal goes away.
struct KioskLoop {
    let app: KioskApp
    let terminal: Terminal
    let language: Language

    /// Events handled before drawing, so that a paste or a scanner burst costs one frame, not one per key.
    private static let burst = 256

    func run() {
        var state = app.initialState(language: language, size: terminal.size, now: Date())
        terminal.draw(app.view(state).grid)
        while true {
            var input = terminal.next(timeout: Self.millisecondsToNextMinute())
            var handled = 0
            while handled < Self.burst {
                switch input {
                case .hangup:
                    return
                case .idle:
                    handled = Self.burst
                    continue
                case .event(let event):
                    if app.update(&state, event).contains(.quit) { return }
                }
                handled += 1
                input = terminal.next(timeout: 0)
            }
            _ = app.update(&state, .tick(Date()))
            terminal.draw(app.view(state).grid)
        }
    }

    /// The header shows minutes: wake when the next one starts (and at least every few seconds).
    private static func millisecondsToNextMinute() -> Int32 {
        let seconds = Date().timeIntervalSince1970
        let remaining = 60 - seconds.truncatingRemainder(dividingBy: 60)
        return Int32(min(5, remaining) * 1000) + 5
    }
}
