import CaseTracking
import Foundation
import KioskOperations
import Logging

/// Where the run loop keeps citizens' ratings: the case database; when it cannot take one (a full disk, a
/// locked file), the outbox in var/, retried until it does. The citizen is thanked either way; only when
/// neither takes it (a full disk under both) is the rating lost, and the citizen told where to rate instead. Quick ratings beyond `perMinute` at this kiosk in a minute are stuffing and not kept (logged).
public struct RatingRecorder: Sendable {
    let store: (any RatingStore)?
    let outbox: RatingOutbox
    let perMinute: Int
    let logger: Logger

    public init(store: (any RatingStore)?, outbox: RatingOutbox, perMinute: Int, logger: Logger) {
        self.store = store
        self.outbox = outbox
        self.perMinute = perMinute
        self.logger = logger
    }

    /// Keeps the rating; false when it is lost (neither the database nor the outbox took it), so the citizen is
    /// told where to rate instead. Stuffing beyond the limit is dropped silently: true, as for a kept one.
    @discardableResult
    public func record(_ rating: Rating, at now: Date) -> Bool {
        if rating.kind == .quick, let store,
           let recent = try? store.quickRatings(kiosk: rating.kiosk, since: now.addingTimeInterval(-60)),
           recent >= perMinute
        {
            logger.warning("quick rating not kept: too many at this kiosk in a minute", metadata: [
                "kiosk": "\(rating.kiosk)", "last_minute": "\(recent)", "limit": "\(perMinute)",
            ])
            return true
        }
        do {
            guard let store else { throw CaseStoreError(path: "ratings", reason: "no case database") }
            try store.save(rating)
            return true
        } catch {
            do {
                try outbox.keep(rating)
                logger.warning("rating kept in the outbox", metadata: ["problem": "\(error)", "outbox": "\(outbox.path)"])
                return true
            } catch let outboxError {
                logger.error("rating lost: neither the database nor the outbox took it", metadata: [
                    "database": "\(error)", "outbox": "\(outboxError)",
                ])
                return false
            }
        }
    }

    /// The case's earlier rating; none when the database cannot tell (the new one replaces it anyway).
    public func earlier(_ receipt: ReceiptNumber) -> Rating? {
        (try? store?.caseRating(receipt)) ?? nil
    }

    /// The ratings given from `start` to `end` (none when the database cannot answer).
    public func since(_ start: Date, until end: Date) -> [Rating] {
        (try? store?.ratings(from: start, to: end)) ?? []
    }

    /// Writes what waits in the outbox, if the database takes it now.
    public func retry() {
        guard let store, FileManager.default.fileExists(atPath: outbox.path) else { return }
        let written = outbox.flush(into: store)
        if written > 0 { logger.info("ratings written from the outbox", metadata: ["count": "\(written)"]) }
    }
}
