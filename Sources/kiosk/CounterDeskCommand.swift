import ArgumentParser
import Foundation
import KioskConfiguration
import KioskGrid
import KioskRuntime
import KioskTerminal
import KioskUI
import QueueTickets

/// `kiosk counter --counter N` (`kiosk counter desk`): the officer's terminal at a counter, full screen. The
/// store is asked off the drawing loop (one worker for the officer's actions, one reader for the counter's
/// state about once a second); their answers come back as events. Ctrl-C signs the officer out and ends it.
struct CounterDeskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "desk",
        abstract: "The officer's terminal at a counter (the default): sign in, call, serve, hold, transfer, pause."
    )

    @OptionGroup var seat: CounterCommand.Seat

    @Flag(name: .long, help: "No colours (as NO_COLOR).")
    var monochrome = false

    @Flag(name: .long, help: "The citizen's side of the counter (a small touch screen facing the citizen): the officer, the number served, the rating question after each service.")
    var citizen = false

    func run() throws {
        let context = try CounterContext(seat)
        if citizen { return try CounterCitizenLoop(context: context, monochrome: monochrome).run() }
        let store: any CounterQueue
        do {
            store = try CounterDatabase.open(context.config)
        } catch {
            Output.error(Output.problem(error, context.language))
            throw ExitCode(1)
        }
        let terminal = try Terminal.forCommand(monochrome: monochrome)
        defer { terminal.stop() }
        let desk = CounterDesk(counter: seat.counter, lines: context.lines,
                               allLines: context.catalog.queueLines.map(\.line.prefix), idleSignOut: TimeInterval(context.config.counterIdleSignOutMinutes * 60),
                               timeZone: .current, centerName: context.config.center.name,
                               priorityGroups: context.catalog.priorityGroups)
        var state = desk.initialState(language: context.language, size: terminal.size, now: Date())
        let link = DeskLink(store: store, context: context)
        link.startReading()
        defer { link.signOutNow() }
        while true {
            link.signedIn = state.officer != nil
            terminal.draw(desk.view(state).grid)
            var events: [CounterDeskEvent] = []
            switch terminal.next(timeout: 200) {
            case .hangup: return
            case .event(.key(.control("c"))): return
            case .event(.key(let key)): events.append(.key(key))
            case .event(.click(let x, let y)): events.append(.click(x: x, y: y))
            case .event(.resize(let size)): events.append(.resize(size))
            case .event(.wheel), .idle: break
            }
            events.append(.tick(Date()))
            events += link.answers()
            for event in events {
                for effect in desk.update(&state, event) { link.run(effect) }
            }
        }
    }
}

/// The terminal's line to the store: actions one after the other on a worker, the counter read about once a
/// second while someone is signed in; what comes back waits here for the loop.
final class DeskLink: @unchecked Sendable {
    private let store: any CounterQueue
    private let context: CounterContext
    private let worker = DispatchQueue(label: "counter.actions")
    private let lock = NSLock()
    private var inbox: [CounterDeskEvent] = []
    private var _signedIn = false

    init(store: any CounterQueue, context: CounterContext) {
        self.store = store
        self.context = context
    }

    var signedIn: Bool {
        get { lock.withLock { _signedIn } }
        set { lock.withLock { _signedIn = newValue } }
    }

    func answers() -> [CounterDeskEvent] {
        lock.withLock {
            defer { inbox = [] }
            return inbox
        }
    }

    private func post(_ answer: CounterDeskAnswer) {
        lock.withLock { inbox.append(.answered(answer)) }
    }

    private func problem(_ error: any Error) -> String { Output.problem(error, context.language) }

    func run(_ effect: CounterDeskEffect) {
        worker.async { [self] in
            let now = Date()
            let day = context.day(now)
            do {
                switch effect {
                case .signIn(let staff, let pin):
                    post(.signIn(try store.signIn(staff, pin: pin, counter: context.seat.counter, day: day, at: now)))
                case .perform(let action):
                    post(.done(try store.perform(action, counter: context.seat.counter, lines: context.lines, day: day, at: now)))
                case .signOut:
                    _ = try store.signOut(counter: context.seat.counter, day: day, at: now)
                }
            } catch let refusal as CounterRefusal {
                post(.refused(refusal))
            } catch {
                post(.unreachable(problem(error)))
            }
        }
    }

    /// The counter, read about once a second while an officer is signed in here.
    func startReading() {
        Thread.detachNewThread { [self] in
            while true {
                if signedIn {
                    do {
                        post(.status(try store.status(counter: context.seat.counter, lines: context.lines, day: context.day(Date()))))
                    } catch {
                        post(.unreachable(problem(error)))
                    }
                }
                Thread.sleep(forTimeInterval: 1)
            }
        }
    }

    /// Leaving the terminal signs the officer out (waits for the actions sent before).
    func signOutNow() {
        guard signedIn else { return }
        worker.sync {
            let now = Date()
            _ = try? store.signOut(counter: context.seat.counter, day: context.day(now), at: now)
        }
    }
}
