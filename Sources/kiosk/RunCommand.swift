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
        while true {
            terminal.draw(app.view(state).grid)
            guard let events = nextBurst() else { return }  // the terminal is gone
            for event in events where app.update(&state, event).contains(.quit) { return }
            _ = app.update(&state, .tick(Date()))
        }
    }

    /// Waits for input (at most until the clock shows another minute), then takes what else is already
    /// waiting; nil when the terminal has hung up.
    private func nextBurst() -> [KioskEvent]? {
        var events: [KioskEvent] = []
        var input = terminal.next(timeout: Self.millisecondsToNextMinute())
        while true {
            switch input {
            case .hangup: return nil
            case .idle: return events
            case .event(let event):
                events.append(event)
                if events.count >= Self.burst { return events }
            }
            input = terminal.next(timeout: 0)
        }
    }

    /// The header shows minutes: wake when the next one starts (and at least every few seconds).
    private static func millisecondsToNextMinute() -> Int32 {
        let seconds = Date().timeIntervalSince1970
        let remaining = 60 - seconds.truncatingRemainder(dividingBy: 60)
        return Int32(min(5, remaining) * 1000) + 5
    }
}
