import CaseTracking
import Foundation
import Logging
import PostgresNIO

/// Keeps a kiosk's copy up to date and its outbox empty, off the input loop: every few seconds, and at once
/// when the server announces a change (LISTEN kiosk_cases). While the server is away it asks, every two seconds
/// give or take half a second (so that a hall's kiosks do not all knock at once), on a connection of its own
/// whether the server answers; when it does, the pool is renewed (the old one may be backing off for a minute),
/// the outbox drains and look-ups go to the server again: within seconds of the server's return, whatever the
/// outage's length.
public final class HallSync: @unchecked Sendable {
    public let store: HallCaseStore
    /// What this kiosk reports (the catalog can be reloaded, so it is asked each time).
    let contact: @Sendable () -> KioskContact
    let logger: Logger
    private let wake = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var stopped = false
    private var lastReport: Date?
    private var listener: Task<Void, Never>?
    private var awayRounds = 0

    /// How many rounds asked the server while it was away (tests wait for a few instead of for a time).
    public var roundsWhileAway: Int { lock.withLock { awayRounds } }

    /// Named anew with schema 3 (the watermark became a transaction): an older copy is read again once.
    static let watermarkKey = "copied_below"
    static let copiedKey = "copied_at"

    /// Whether the sync asks on a connection of its own and renews the pool after an outage (as kiosks do);
    /// false only to measure the alternative (retrying through the pool) in the hall benchmark.
    let renewsPool: Bool

    public init(store: HallCaseStore, logger: Logger, renewsPool: Bool = true,
                contact: @escaping @Sendable () -> KioskContact) {
        self.store = store
        self.logger = logger
        self.renewsPool = renewsPool
        self.contact = contact
        if let text = try? store.outbox.value(Self.copiedKey), let seconds = Double(text) {
            store.link.copied(at: Date(timeIntervalSince1970: seconds))
        }
    }

    /// Starts the loop on a thread of its own and the listener beside it.
    public func start() {
        let thread = Thread { [self] in run() }
        thread.name = "kiosk.hall-sync"
        thread.start()
        listener = Task { [self] in await listen() }
    }

    public func stop() {
        lock.withLock { stopped = true }
        listener?.cancel()
        wake.signal()
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    private func run() {
        var renewed = false
        while !isStopped {
            if !store.link.isUp { lock.withLock { awayRounds += 1 } }
            if store.link.isUp || !renewsPool || reachable(renewing: &renewed) {
                do {
                    try syncOnce()
                    store.reached()
                    renewed = false
                } catch {
                    store.lost(error)
                }
            }
            _ = wake.wait(timeout: .now() + (store.link.isUp ? 5 : Double.random(in: 1.5 ... 2.5)))
        }
    }

    /// While the server is away: whether it answers now, on a connection of the sync's own; the first time it
    /// does after an outage, the pool is renewed. A server that answers but still fails the sync (a schema to
    /// migrate) keeps its pool: renewing once per outage is enough.
    private func reachable(renewing renewed: inout Bool) -> Bool {
        if let problem = store.server.client.unanswered(within: store.server.deadline) {
            // Often more telling than the failure that showed the outage (a refused connection, not a deadline).
            store.lost(problem)
            return false
        }
        if !renewed {
            store.server.client.renew()
            renewed = true
        }
        return true
    }

    /// One round: the schema checked, the outbox sent, the copy brought up to date, the kiosk reported (every
    /// half minute) and the fleet's list kept for `kiosk fleet status` on this machine.
    public func syncOnce(now: Date = Date()) throws(HallError) {
        try store.server.checkSchema()
        try store.send(within: store.server.backgroundDeadline)
        try pull(now: now)
        let outage = store.link.lastOutage
        if reportDue(now: now, outageSince: outage?.since) {
            var report = contact()
            report.outboxLength = (try? store.outbox.count()) ?? 0
            report.problem = outage?.problem
            report.problemAt = outage?.since
            try store.server.report(report)
            lastReport = now
            store.outbox.keep(try store.server.fleet())
        }
    }

    /// Every half minute; and at once after an outage (whoever met it: this loop or a citizen's look-up), so
    /// the fleet hears of it on the kiosk's return, not up to half a minute later.
    private func reportDue(now: Date, outageSince: Date?) -> Bool {
        guard let lastReport else { return true }
        if let outageSince, outageSince > lastReport { return true }
        return now.timeIntervalSince(lastReport) >= KioskContact.reportInterval
    }

    /// Copies every change written since the watermark, in batches. The watermark is a transaction: every
    /// change written by an older one has been copied. A pass re-reads what transactions still running at its
    /// start might yet add to (usually nothing); copying a case twice is harmless.
    func pull(now: Date) throws(HallError) {
        let watermark = (try? store.outbox.value(Self.watermarkKey)).flatMap { $0 }.flatMap { Int64($0) } ?? 0
        var key = HallChangeKey.from(watermark)
        var settled: Int64?
        while true {
            let changes = try store.server.changes(after: key)
            settled = settled ?? changes.settled
            try copy(changes)
            key = changes.after
            if changes.complete { break }
        }
        do {
            try store.outbox.set(Self.watermarkKey, String(settled ?? watermark))
        } catch {
            throw .server("local copy \(store.copy.path): \(error)")
        }
        store.link.copied(at: now)
        try? store.outbox.set(Self.copiedKey, String(now.timeIntervalSince1970))
    }

    private func copy(_ changes: HallChanges) throws(HallError) {
        var records: [CaseRecord] = []
        for columns in changes.cases {
            guard let receipt = ReceiptNumber(parsing: columns.receipt) else { continue }
            do {
                var record = try columns.record(receipt: receipt)
                record.transfers = changes.transfers[columns.receipt] ?? []
                records.append(record)
            } catch {
                logger.error("a case on the hall server cannot be read; not copied", metadata: ["problem": "\(error)"])
            }
        }
        do {
            try store.copy.apply(records, removing: changes.removed)
        } catch {
            throw .server("local copy \(store.copy.path): \(error)")
        }
    }

    /// Wakes the loop whenever the server announces a case change; reconnects after a failure.
    private func listen() async {
        while !Task.isCancelled {
            do {
                try await store.server.client.client.withConnection { connection in
                    try await connection.listen(on: "kiosk_cases") { notifications in
                        for try await _ in notifications { wake.signal() }
                    }
                }
            } catch {
                try? await Task.sleep(for: .seconds(2))
            }
        }
    }
}
