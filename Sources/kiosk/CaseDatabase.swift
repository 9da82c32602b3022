import CaseTracking
import Foundation
import HallDatabase
import KioskConfiguration
import KioskUI
import Logging
import ProcedureCatalog

/// What the kiosk opened, each as what it is used for (so nothing needs casting back to a concrete store): the
/// store look-ups go to, the one ratings go to (none when neither a file nor a server could be opened: they
/// wait in the outbox), and, for a kiosk alone, its own file (a demo tour seeds its cases there).
struct KioskStores {
    let cases: any CaseStore
    let ratings: (any RatingStore)?
    let local: SQLiteCaseStore?
    /// Where ended searches go (`kiosk search report`).
    var searches: (any SearchLog)? { ratings as? any SearchLog }
}

/// Opening the case database for the kiosk and the commands.
enum CaseDatabase {
    /// The kiosk's store. A database that cannot be opened does not stop the kiosk: look-ups then answer
    /// "unavailable" and the rest works. An empty one is never filled with demo cases here (they would show as
    /// real): look-ups answer "unavailable" until cases are imported or `kiosk cases seed` is run, and the log
    /// and `kiosk doctor` say so.
    static func openForKiosk(config: KioskConfig, catalogFolder: String, logger: Logger) -> KioskStores {
        if config.hallServer != nil { return openHall(config: config, catalogFolder: catalogFolder, logger: logger) }
        do {
            let store = try open(config)
            // Counts whose lock or window ran out while the kiosk was off go before anything else.
            try? store.expireGuesses(at: Date(), policy: policy(config))
            if try !store.holdsCases() {
                let problem = SQLiteCaseStore.empty(store.path)
                Output.error("\(problem)")
                logger.error("case database holds no case: look-ups answer unavailable", metadata: ["problem": "\(problem)"])
            }
            return KioskStores(cases: store, ratings: store, local: store)
        } catch {
            Output.error("\(error)")
            logger.error("case database unavailable", metadata: ["error": "\(error)"])
            return KioskStores(cases: UnavailableStore(error: error), ratings: nil, local: nil)
        }
    }

    /// In a hall: the server, with the local copy answering while it is away, kept up to date by the sync
    /// (started here, for as long as the program runs). The kiosk writes no case: the back office does.
    static func openHall(config: KioskConfig, catalogFolder: String, logger: Logger) -> KioskStores {
        do {
            guard let store = try hallStore(config, logger: logger) else {
                return KioskStores(cases: UnavailableStore(reason: "no server"), ratings: nil, local: nil)
            }
            let server = store.server
            let kiosk = config.kioskName
            // Read on the sync's thread, again only after the catalog's files change (a reload).
            let catalog = CatalogVersion.Tracker(directory: catalogFolder, scope: config.catalogScope)
            let sync = HallSync(store: store, logger: logger) {
                KioskContact(kiosk: kiosk, lastContact: Date(), catalog: catalog.current,
                             programVersion: KioskVersion.current, outboxLength: 0)
            }
            sync.start()
            logger.info("hall server", metadata: ["server": "\(server.client.address)", "kiosk": "\(kiosk)"])
            return KioskStores(cases: store, ratings: store, local: nil)
        } catch {
            Output.error("\(error)")
            logger.error("hall server and local copy unavailable", metadata: ["error": "\(error)"])
            return KioskStores(cases: UnavailableStore(error: error), ratings: nil, local: nil)
        }
    }

    /// The hall server with this kiosk's copy and outbox; nil when kiosk.conf names no server.
    static func hallStore(_ config: KioskConfig, logger: Logger) throws -> HallCaseStore? {
        guard let server = try HallConnection.server(config, logger: logger) else { return nil }
        let key = try SecondFactorKeyFile.load(config.secondFactorKeyPath, create: true)
        let copy = try SQLiteCaseStore(path: config.hallCopyPath, key: key)
        return HallCaseStore(server: server, copy: copy, outbox: try HallOutbox(path: config.hallOutboxPath),
                             link: HallLink(), kiosk: config.kioskName, logger: logger)
    }

    /// The case database with the hall's second-factor key (created on first use: a new kiosk has none yet).
    static func open(_ config: KioskConfig) throws -> SQLiteCaseStore {
        let key = try SecondFactorKeyFile.load(config.secondFactorKeyPath, create: true)
        return try SQLiteCaseStore(path: config.casesDatabasePath, key: key)
    }

    /// The look-up as kiosk.conf sets it: the second factor (or none), this kiosk's name, the guess limit.
    static func lookup(_ store: any CaseStore, config: KioskConfig) -> CaseLookup {
        let key = config.caseSecondFactor
            ? try? SecondFactorKeyFile.load(config.secondFactorKeyPath, create: false) : nil
        // Asked for a second factor without a key, nothing can match: the store is unavailable then anyway.
        return CaseLookup(store: config.caseSecondFactor && key == nil ? UnavailableStore(reason: "no key") : store,
                          secondFactor: key, kiosk: config.kioskName, policy: policy(config))
    }

    static func policy(_ config: KioskConfig) -> GuessPolicy {
        GuessPolicy(baseCooldown: TimeInterval(config.caseCooldownSeconds))
    }

    /// Replaces the demo cases with those of the catalog's demo file, dated from today.
    static func seed(_ store: SQLiteCaseStore, config: KioskConfig, catalog: Catalog, catalogFolder: String)
        throws -> [(key: String, case: IncomingCase)]
    {
        let cases = try demoCases(config: config, catalog: catalog, catalogFolder: catalogFolder)
        try store.replaceDemo(with: cases.map(\.case))
        return cases
    }

    /// The catalog's demo cases, dated from today.
    static func demoCases(config: KioskConfig, catalog: Catalog, catalogFolder: String) throws
        -> [(key: String, case: IncomingCase)]
    {
        try DemoCases.load(
            file: "\(catalogFolder)/\(DemoCases.fileName)", today: LocalDay(Date(), in: .current),
            calendar: WorkingCalendar(holidays: config.holidays), procedureCodes: Set(catalog.procedures.map(\.code.description)))
    }
}

/// A store that answers nothing: the database could not be opened.
struct UnavailableStore: CaseStore {
    let reason: String

    init(error: any Error) {
        reason = "\(error)"
    }

    init(reason: String) {
        self.reason = reason
    }

    private var failure: CaseStoreError { CaseStoreError(path: "", reason: reason) }

    func find(_ receipt: ReceiptNumber) throws(CaseStoreError) -> CaseRecord? { throw failure }

    func verdict(receipt: ReceiptNumber, kiosk: String, policy: GuessPolicy, at now: Date) throws(CaseStoreError)
        -> GuessVerdict { throw failure }

    func recordFailure(receipt: ReceiptNumber, kiosk: String, policy: GuessPolicy, at now: Date, isCase: Bool)
        throws(CaseStoreError) -> GuessVerdict { throw failure }

    func recordSuccess(receipt: ReceiptNumber) throws(CaseStoreError) { throw failure }

    func unlock(receipt: ReceiptNumber) throws(CaseStoreError) -> Bool { throw failure }

    func locks(at now: Date) throws(CaseStoreError) -> [(receipt: ReceiptNumber, until: Date)] { throw failure }
}
