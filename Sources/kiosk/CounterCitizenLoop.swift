import ArgumentParser
import Foundation
import KioskConfiguration
import KioskGrid
import KioskOperations
import KioskRuntime
import KioskTerminal
import KioskUI
import QueueTickets

/// `kiosk counter --citizen --counter N`: the citizen's side of a counter. The counter is read twice a second
/// off the drawing loop; a rating is kept as the kiosk keeps one (the case database or the hall server, with
/// the outbox when it is away, sent once when it is back). Ctrl-C ends it (staff, on its keyboard).
struct CounterCitizenLoop {
    let context: CounterContext
    let monochrome: Bool

    func run() throws {
        let config = context.config
        let store: any CounterQueue
        do {
            store = try CounterDatabase.open(config)
        } catch {
            Output.error(Output.problem(error, context.language))
            throw ExitCode(1)
        }
        let logger = KioskLog.start(config: config)
        let stores = CaseDatabase.openForKiosk(config: config, catalogFolder: context.seat.options.catalog ?? config.catalogPath,
                                               logger: logger)
        let recorder = RatingRecorder(store: stores.ratings, outbox: RatingOutbox(path: config.ratingOutboxPath),
                                      perMinute: config.quickRatingsPerMinute, logger: logger)
        let terminal = try Terminal.forCommand(monochrome: monochrome)
        defer { terminal.stop() }
        let citizen = CounterCitizen(counter: context.seat.counter, kiosk: config.kioskName, timeZone: .current)
        var state = citizen.initialState(language: context.language, size: terminal.size, now: Date())
        let reader = CounterReader(store: store, context: context)
        reader.start()
        let worker = DispatchQueue(label: "counter.ratings")
        var lastRetry = Date()
        while true {
            terminal.draw(citizen.view(state).grid)
            var events: [CounterCitizenEvent] = []
            switch terminal.next(timeout: 200) {
            case .hangup: return
            case .event(.key(.control("c"))): return
            case .event(.key(let key)): events.append(.key(key))
            case .event(.click(let x, let y)): events.append(.click(x: x, y: y))
            case .event(.resize(let size)): events.append(.resize(size))
            case .event(.wheel), .idle: break
            }
            events.append(.tick(Date()))
            events += reader.latest()
            for event in events {
                for case .save(let rating) in citizen.update(&state, event) {
                    worker.async {
                        recorder.record(rating, at: Date())
                        logger.info("counter rating", metadata: ["counter": "\(rating.counter ?? "")", "ticket": "\(rating.ticket ?? "")"])
                    }
                }
            }
            // What the case database could not take is retried now and then (a hall's outbox by its sync).
            if Date().timeIntervalSince(lastRetry) > 30 {
                lastRetry = Date()
                worker.async { recorder.retry() }
            }
        }
    }
}

/// The counter read twice a second off the drawing loop; the newest reading waits for the loop.
final class CounterReader: @unchecked Sendable {
    private let store: any CounterQueue
    private let context: CounterContext
    private let lock = NSLock()
    private var pending: [CounterCitizenEvent] = []

    init(store: any CounterQueue, context: CounterContext) {
        self.store = store
        self.context = context
    }

    func latest() -> [CounterCitizenEvent] {
        lock.withLock {
            defer { pending = [] }
            return pending
        }
    }

    func start() {
        Thread.detachNewThread { [self] in
            while true {
                let event: CounterCitizenEvent
                do {
                    event = .status(try store.status(counter: context.seat.counter, lines: context.lines, day: context.day(Date())))
                } catch {
                    event = .unreachable
                }
                lock.withLock { pending.append(event) }
                Thread.sleep(forTimeInterval: 0.5)
            }
        }
    }
}
