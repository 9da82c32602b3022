import CaseTracking
import Foundation
import Logging

/// The kiosk's case and rating store in a hall: the server when it answers within its deadline, else the
/// kiosk's local copy (marked with when it was copied). What the kiosk writes (ratings, failed and right
/// look-ups) goes to the outbox first and is sent in order; the sync sends what could not go at once.
public final class HallCaseStore: CaseStore, RatingStore, @unchecked Sendable {
    public let server: HallServer
    public let copy: SQLiteCaseStore
    public let outbox: HallOutbox
    public let link: HallLink
    public let kiosk: String
    let logger: Logger
    /// One sender at a time, so that events reach the server in the order they happened.
    private let sending = NSLock()

    public init(server: HallServer, copy: SQLiteCaseStore, outbox: HallOutbox, link: HallLink, kiosk: String,
                logger: Logger) {
        self.server = server
        self.copy = copy
        self.outbox = outbox
        self.link = link
        self.kiosk = kiosk
        self.logger = logger
        if let record = outbox.linkRecord() { link.restore(record) }
    }

    // MARK: Look-ups

    public func find(_ receipt: ReceiptNumber) throws(CaseStoreError) -> CaseRecord? {
        if let live = live({ () throws(HallError) in try server.lookUp(receipt, guessKey: copy.guessKey(receipt)) }) {
            return try record(live.columns, live.transfers, receipt)
        }
        return try fromCopy(receipt)
    }

    public func prepareLookUp(_ receipt: ReceiptNumber, kiosk: String, policy: GuessPolicy, at now: Date)
        throws(CaseStoreError) -> PreparedLookUp
    {
        let (localCount, bucket) = try copy.guesses(receipt: receipt, kiosk: kiosk)
        // What this kiosk counted while the server was away goes first, so the server's count is whole.
        if link.isUp, (try? outbox.count()) ?? 0 > 0 { _ = try? send(waiting: false) }
        guard let live = live({ () throws(HallError) in try server.lookUp(receipt, guessKey: copy.guessKey(receipt)) }) else {
            let verdict = policy.verdict(receipt: localCount, kiosk: bucket, at: now)
            let record = verdict == .allowed ? try fromCopy(receipt) : nil
            // A copy not yet filled (or emptied) answers for no number.
            if verdict == .allowed, record == nil, try !copy.holdsCases() { throw SQLiteCaseStore.empty(copy.path) }
            return PreparedLookUp(verdict: verdict, record: record, counted: localCount != ReceiptGuesses())
        }
        // The hall's count: a lock set at another kiosk, or lifted by staff, holds here too, and offline.
        if live.guesses != localCount { try? copy.adopt(live.guesses, receipt: receipt) }
        let verdict = policy.verdict(receipt: live.guesses, kiosk: bucket, at: now)
        let found = verdict == .allowed ? try record(live.columns, live.transfers, receipt) : nil
        return PreparedLookUp(verdict: verdict, record: found, counted: live.guesses != ReceiptGuesses())
    }

    public func verdict(receipt: ReceiptNumber, kiosk: String, policy: GuessPolicy, at now: Date)
        throws(CaseStoreError) -> GuessVerdict
    {
        try prepareLookUp(receipt, kiosk: kiosk, policy: policy, at: now).verdict
    }

    public func recordFailure(receipt: ReceiptNumber, kiosk: String, policy: GuessPolicy, at now: Date, isCase: Bool)
        throws(CaseStoreError) -> GuessVerdict
    {
        let local = try copy.recordFailure(receipt: receipt, kiosk: kiosk, policy: policy, at: now, isCase: isCase)
        let key = copy.guessKey(receipt)
        let number = isCase ? receipt.description : nil
        try keep(HallEvent(kind: .failed(key: key, number: number, time: now, cooldown: policy.baseCooldown)))
        guard link.isUp, let counts = try? send(waiting: false), let count = counts[key] else { return local }
        let (_, bucket) = try copy.guesses(receipt: receipt, kiosk: kiosk)
        try? copy.adopt(count, receipt: receipt)
        return policy.verdict(receipt: count, kiosk: bucket, at: now)
    }

    public func recordSuccess(receipt: ReceiptNumber) throws(CaseStoreError) {
        try copy.recordSuccess(receipt: receipt)
        try deliver(HallEvent(kind: .succeeded(key: copy.guessKey(receipt))))
    }

    /// Staff lift a lock: on the server (for the whole hall) and here.
    @discardableResult
    public func unlock(receipt: ReceiptNumber) throws(CaseStoreError) -> Bool {
        let local = try copy.unlock(receipt: receipt)
        do {
            return try server.unlock(guessKey: copy.guessKey(receipt)) || local
        } catch {
            lost(error)
            throw error.storeError
        }
    }

    public func locks(at now: Date) throws(CaseStoreError) -> [(receipt: ReceiptNumber, until: Date)] {
        if let live = live({ () throws(HallError) in try server.locks(at: now) }) { return live }
        return try copy.locks(at: now)
    }

    // MARK: Ratings

    /// Kept here (this kiosk's own report and stuffing limit count it) and sent through the outbox.
    @discardableResult
    public func save(_ rating: Rating) throws(CaseStoreError) -> Bool {
        let new = try copy.save(rating)
        try deliver(HallEvent(id: rating.id, kind: .rating(rating)))
        return new
    }

    /// The hall's ratings; this kiosk's alone while the server is away.
    public func ratings(from start: Date, to end: Date) throws(CaseStoreError) -> [Rating] {
        if let live = live({ () throws(HallError) in try server.ratings(from: start, to: end) }) { return live }
        return try copy.ratings(from: start, to: end)
    }

    public func quickRatings(kiosk: String, since start: Date) throws(CaseStoreError) -> Int {
        try copy.quickRatings(kiosk: kiosk, since: start)
    }

    public func caseRating(_ receipt: ReceiptNumber) throws(CaseStoreError) -> Rating? {
        if let live = live({ () throws(HallError) in try server.caseRating(receipt) }) { return live }
        return try copy.caseRating(receipt)
    }

    // MARK: Sending

    /// Sends what waits in the outbox, oldest first, in batches; each batch is removed once the server has
    /// applied it. Returns the counts as the server has them after, by the numbers' hashes (`guessKey`).
    /// On a citizen's path (`waiting: false`) a send already under way (the sync's, with its longer deadline) is
    /// not waited for: the caller goes on with what it has, and the sync sends the rest.
    @discardableResult
    public func send(within seconds: TimeInterval? = nil, waiting: Bool = true) throws(HallError)
        -> [String: ReceiptGuesses]
    {
        if waiting {
            sending.lock()
        } else if !sending.try() {
            throw .deadline(0)
        }
        defer { sending.unlock() }
        var counts: [String: ReceiptGuesses] = [:]
        while true {
            let batch: [(seq: Int64, event: HallEvent)]
            do { batch = try outbox.oldest(100) } catch { throw .server("outbox \(outbox.path): \(error)") }
            guard let last = batch.last else { return counts }
            do {
                let applied = try server.apply(batch.map { $0.event.hashed(copy.guessKey) }, kiosk: kiosk, within: seconds)
                counts.merge(applied) { $1 }
                reached()
            } catch {
                lost(error)
                throw error
            }
            do { try outbox.remove(through: last.seq) } catch { throw .server("outbox \(outbox.path): \(error)") }
        }
    }

    /// Kept in the outbox, and sent at once while the server answers (else by the sync, later).
    private func deliver(_ event: HallEvent) throws(CaseStoreError) {
        try keep(event)
        if link.isUp { _ = try? send(waiting: false) }
    }

    private func keep(_ event: HallEvent) throws(CaseStoreError) {
        do { try outbox.keep(event) } catch { throw CaseStoreError(path: outbox.path, reason: "\(error)") }
    }

    /// The server's answer, or nil when it is known to be away or misses its deadline (then known away).
    private func live<T>(_ call: () throws(HallError) -> T) -> T? {
        guard link.isUp else { return nil }
        do {
            let value = try call()
            return value
        } catch {
            lost(error)
            return nil
        }
    }

    /// The server is away: logged once, when it goes.
    func lost(_ error: HallError) {
        let before = link.problem
        if link.lost(error) {
            logger.warning("hall server away: the kiosk answers from its copy", metadata: ["problem": "\(error)"])
        }
        // Kept when the outage starts and whenever its reason changes (a handful of writes an outage).
        if error != before, let outage = link.lastOutage {
            outbox.keep(HallLinkRecord(awaySince: outage.since, problem: error, problemAt: outage.since))
        }
    }

    /// A call went through: logged once when the server was away until now (whoever noticed first, the sync
    /// or a citizen's send), as `lost` logs the other way.
    func reached() {
        guard link.reached() else { return }
        logger.info("hall server reached again")
        let outage = link.lastOutage
        outbox.keep(HallLinkRecord(awaySince: nil, problem: outage?.problem, problemAt: outage?.since))
    }

    private func record(_ columns: CaseColumns?, _ transfers: [ReceivedTransfer], _ receipt: ReceiptNumber)
        throws(CaseStoreError) -> CaseRecord?
    {
        guard let columns else { return nil }
        do {
            var found = try columns.record(receipt: receipt)
            found.transfers = transfers
            return found
        } catch {
            throw CaseStoreError(path: "hall server", reason: "\(error)")
        }
    }

    /// A copy never brought up to date cannot tell "no such case": the look-up is unavailable then ("ask at the
    /// desk"), never a failure counted against the citizen.
    private func fromCopy(_ receipt: ReceiptNumber) throws(CaseStoreError) -> CaseRecord? {
        guard let copiedAt = link.copiedAt else {
            throw link.problem?.storeError ?? CaseStoreError(path: copy.path, reason: "the local copy was never filled")
        }
        guard var record = try copy.find(receipt) else { return nil }
        record.asOf = copiedAt
        return record
    }
}

/// Searches in a hall: kept in the copy (this kiosk's own report while the server is away) and sent through the
/// outbox to the server, where `kiosk search report` reads the whole hall's.
extension HallCaseStore: SearchLog {
    public func save(_ search: SearchRecord) throws(CaseStoreError) {
        try copy.save(search)
        try deliver(HallEvent(id: search.id, kind: .search(search)))
    }

    public func searches(from start: Date, to end: Date) throws(CaseStoreError) -> [SearchRecord] {
        guard link.isUp else { return try copy.searches(from: start, to: end) }
        do { return try server.searches(from: start, to: end) } catch {
            lost(error)
            return try copy.searches(from: start, to: end)
        }
    }

    /// The copy's: the server's are forgotten by the office (`kiosk search report` with its `keep_days`).
    @discardableResult
    public func forgetSearches(before time: Date) throws(CaseStoreError) -> Int {
        try copy.forgetSearches(before: time)
    }
}
