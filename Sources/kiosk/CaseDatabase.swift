import CaseTracking
import Foundation
import KioskConfiguration
import KioskUI
import Logging
import ProcedureCatalog

/// Opening the case database for the kiosk and the commands.
enum CaseDatabase {
    /// The kiosk's store. A database that cannot be opened does not stop the kiosk: look-ups then answer
    /// "unavailable" and the rest works. An empty database gets the demo cases, so a new kiosk can be shown.
    static func openForKiosk(config: KioskConfig, catalog: Catalog, catalogFolder: String, logger: Logger)
        -> any CaseStore
    {
        do {
            let store = try SQLiteCaseStore(path: config.casesDatabasePath)
            if try store.count().all == 0 {
                let seeded = try? seed(store, config: config, catalog: catalog, catalogFolder: catalogFolder)
                logger.info("empty case database: demo cases seeded", metadata: ["cases": "\(seeded?.count ?? 0)"])
            }
            return store
        } catch {
            Output.error("\(config.casesDatabasePath): \(error)")
            logger.error("case database unavailable", metadata: ["error": "\(error)"])
            return UnavailableStore(error: error)
        }
    }

    /// Replaces the demo cases with those of the catalog's demo file, dated from today.
    static func seed(_ store: SQLiteCaseStore, config: KioskConfig, catalog: Catalog, catalogFolder: String)
        throws -> [(key: String, record: CaseRecord)]
    {
        let calendar = config.workingCalendar
        let cases = try DemoCases.load(
            file: "\(catalogFolder)/\(DemoCases.fileName)", today: LocalDay(Date(), in: .current), calendar: calendar,
            procedureCodes: Set(catalog.procedures.map(\.code.description)))
        try store.replaceDemo(with: cases.map(\.record))
        return cases
    }
}

/// A store that answers nothing: the database could not be opened.
struct UnavailableStore: CaseStore {
    let reason: String

    init(error: any Error) {
        reason = "\(error)"
    }

    func find(_ receipt: ReceiptNumber) throws(CaseStoreError) -> CaseRecord? {
        throw CaseStoreError(path: "", reason: reason)
    }
}
