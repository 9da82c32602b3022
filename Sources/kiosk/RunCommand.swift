import ArgumentParser
import CaseTracking
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

    @Flag(name: .long, help: "For development: Ctrl-C ends the program and the exit chord needs no PIN.")
    var noLockdown = false

    func run() throws {
        let config = try options.loadConfig()
        let catalog = try options.loadCatalog(config)
        let app = KioskApp(catalog: catalog, index: SearchIndex(catalog: catalog), config: config,
                           lockdown: !noLockdown)
        let lookup = CaseLookup(store: CaseDatabase.openForKiosk(config: config, catalog: catalog,
                                                                  catalogFolder: options.catalog ?? config.catalogPath),
                                requireSecondFactor: config.caseSecondFactor)
        let terminal: Terminal
        do {
            terminal = try Terminal(monochrome: monochrome)
        } catch {
            Output.error(error.description)
            throw ExitCode(1)
        }
        defer { terminal.stop() }
        KioskLoop(app: app, terminal: terminal, lookup: lookup, language: options.language(config)).run()
    }
}

/// Input → update → effects → view → draw, until staff leave or the terminal goes away.
struct KioskLoop {
    let app: KioskApp
    let terminal: Terminal
    let lookup: CaseLookup
    let language: Language

    /// Events handled before drawing, so that a paste or a scanner burst costs one frame, not one per key.
    private static let burst = 256

    func run() {
        var state = app.initialState(language: language, size: terminal.size, now: Date())
        var scanner = ScanDetector()
        while true {
            terminal.draw(app.view(state).grid)
            guard let events = nextBurst(timeout: timeout(scanner)) else { return }  // the terminal is gone
            let now = ProcessInfo.processInfo.systemUptime
            var ready = events.flatMap { scanner.feed($0, at: now) }
            ready += scanner.flushIfStale(at: now)
            ready.append(.tick(Date()))
            for event in ready where apply(event, &state) == .quit { return }
        }
    }

    private enum Outcome { case goOn, quit }

    /// Applies one event and every event its effects produce.
    private func apply(_ event: KioskEvent, _ state: inout KioskState) -> Outcome {
        var pending = [event]
        while !pending.isEmpty {
            for effect in app.update(&state, pending.removeFirst()) {
                switch effect {
                case .quit:
                    return .quit
                case .lookUpCase(let receipt, let idLast4):
                    pending.append(.caseLookedUp(lookup.lookUp(receipt, idLast4: idLast4)))
                }
            }
        }
        return .goOn
    }

    /// Until the scanner's held keys are due, else a second (the clock and cool-down countdowns show seconds).
    private func timeout(_ scanner: ScanDetector) -> Int32 {
        guard let deadline = scanner.deadline else { return 1000 }
        let left = deadline - ProcessInfo.processInfo.systemUptime
        return Int32(max(0, min(1, left)) * 1000) + 1
    }

    /// Waits for input, then takes what else is already waiting; nil when the terminal has hung up.
    private func nextBurst(timeout: Int32) -> [KioskEvent]? {
        var events: [KioskEvent] = []
        var input = terminal.next(timeout: timeout)
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
}
