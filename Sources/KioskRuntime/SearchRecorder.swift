import CaseTracking
import Foundation
import KioskUI
import Logging

/// Keeps the searches citizens end (`Effect.logSearch`) for `kiosk search report`, and forgets those older than
/// `search.keep_days` as it goes. A search that cannot be kept is logged as lost, with no query: it is never
/// worth stopping a citizen for.
public struct SearchRecorder: Sendable {
    let log: any SearchLog
    let kiosk: String
    let keep: TimeInterval
    let logger: Logger

    public init(log: any SearchLog, kiosk: String, keepDays: Int, logger: Logger) {
        self.log = log
        self.kiosk = kiosk
        keep = TimeInterval(keepDays) * 86_400
        self.logger = logger
    }

    public func record(_ ended: SearchEnded, at now: Date) {
        let search = SearchRecord(kiosk: kiosk, time: now, query: ended.query, results: ended.results,
                                  opened: ended.opened, rank: ended.rank, previous: ended.previous)
        do {
            try log.save(search)
            try log.forgetSearches(before: now.addingTimeInterval(-keep))
        } catch {
            logger.warning("search not kept for the search report", metadata: ["problem": "\(error)"])
        }
    }
}
