import Foundation
import ProcedureCatalog

/// The kiosk's settings, read from kiosk.conf (TOML). Paths are resolved against the file's folder.
public struct KioskConfig: Sendable, Equatable {
    public struct Center: Sendable, Equatable {
        public var name: LocalizedText
        public var address: LocalizedText
        public var hotline: String
        /// The website where citizens look up procedures and cases.
        public var website: String
    }

    public var center: Center
    /// The language the kiosk starts in and returns to after the idle reset; also the command line's.
    public var defaultLanguage: Language
    /// Seconds without input before the kiosk clears itself and returns home.
    public var idleTimeoutSeconds: Int
    public var catalogPath: String
    public var casesDatabasePath: String
    /// The second-factor key: the secret the case database's hashes of ID digits are made with (one per hall).
    public var secondFactorKeyPath: String
    public var logPath: String
    /// The wrong staff PINs typed at this kiosk: beside the log (`var/staff-exit.json`), so that the count
    /// survives restarts and `kiosk staff unlock` finds it.
    public var staffExitPath: String { besideLog("staff-exit.json") }
    /// Ratings the case database could not take yet, beside the log (`var/ratings-outbox.jsonl`).
    public var ratingOutboxPath: String { besideLog("ratings-outbox.jsonl") }

    private func besideLog(_ name: String) -> String {
        ((logPath as NSString).deletingLastPathComponent as NSString).appendingPathComponent(name)
    }
    /// Where the catalog and its index are kept in binary between starts; nil (set to "") keeps none.
    public var catalogSnapshotPath: String?
    /// This kiosk's name among the kiosks sharing a case database (its own failed look-ups are limited);
    /// "" (the default) is the machine's host name.
    public var kioskID: String
    /// The keys staff press in a row to end the program.
    public var staffExitChord: KeyChord
    /// Whether a case look-up asks for the last 4 digits of the owner's ID number; without it nothing personal
    /// is shown.
    public var caseSecondFactor: Bool
    /// The page where a citizen follows a case from home, `{receipt}` standing for its number: the case
    /// screen's QR code opens it. "" (the default): no code on the case screen.
    public var caseLookupURL = ""
    public static let receiptPlaceholder = "{receipt}"
    /// The first cool-down after 5 failed look-ups of one receipt number; it doubles with each further failure.
    public var caseCooldownSeconds: Int
    /// The staff PIN's salted hash (`kiosk pin-hash` makes one); nil: the chord alone ends the program.
    public var staffPINHash: String?
    /// The attract loop: a short tour playing while the kiosk stands idle.
    public var attractLoop: Bool
    public var attractTour: String
    public var attractAfterSeconds: Int
    /// Seconds between steps when a tour plays by itself.
    public var demoPaceSeconds: Int
    /// Public holidays (`YYYY-MM-DD`), not counted as working days before an appointment.
    public var holidays: [String]
    /// Quick ratings (without a receipt number) this kiosk records in a minute at most: beyond, stuffing.
    public var quickRatingsPerMinute = 3
    /// The share of satisfied citizens the center aims at (the report's line at the top), in percent.
    public var satisfactionGoal = 95
    /// Groups with fewer ratings are shown in the report but not ranked.
    public var ratingsMinimum = 10
    /// The hall's shared PostgreSQL server (`[database] url`); nil: the embedded SQLite file alone.
    public var hallServer: HallServerAddress?
    /// The file holding the server's password (`database.password_file`); nil: PGPASSFILE or ~/.pgpass.
    public var hallPasswordFile: String?
    /// With a hall server: the local copy of the cases this kiosk may show, answering while the server is away,
    /// and the outbox of what waits to be sent (`database.local_copy`, `var/hall-copy.sqlite`).
    public var hallCopyPath = "var/hall-copy.sqlite"
    /// Seconds a case look-up may wait for the hall server before the kiosk answers from its copy.
    public var hallLookupDeadline: TimeInterval = 2
    /// The outbox beside the local copy (`var/hall-outbox.sqlite`).
    public var hallOutboxPath: String {
        ((hallCopyPath as NSString).deletingLastPathComponent as NSString).appendingPathComponent("hall-outbox.sqlite")
    }
    /// Which procedures the kiosk shows: those of the province's levels, or (`catalog.all_levels`) every one.
    public var catalogScope: CatalogScope = .localLevels
    /// The queue tickets of a kiosk alone (with a hall server, the server keeps them).
    public var queueDatabasePath = "var/queue.sqlite"
    /// The receipt printer (`[printer]`); nil: no printing, and no print buttons.
    public var printer: PrinterSettings?
    /// Speech (`[speech]`); nil: the kiosk does not speak (no output named).
    public var speech: SpeechSettings?
    /// Seconds without input before "still there?" while speech is on: listening takes longer than reading.
    public var speechIdleTimeoutSeconds = 300
    /// Minutes without a key or a touch before the officer's terminal signs the officer out.
    public var counterIdleSignOutMinutes = 30
    /// The board's calls aloud (`[board]`); nil: the board is silent.
    public var boardSpeech: BoardSpeechSettings?
    /// How counters choose the next ticket, and a booking's grace (`[queue]`).
    public var queuePolicy = QueuePolicy.shipped
    /// Whether the kiosk offers "I have a booking" (`queue.bookings`): a hall whose booking system sends its
    /// bookings (`kiosk queue bookings import`).
    public var queueBookings = true
    /// Above this total (đồng) a case shows no payment code (`payments.ceiling_vnd`): an amount that large is
    /// more likely a mistake in the record than a fee, and is logged.
    public var paymentCeiling = 100_000_000
    /// Days the search log keeps a search (`search.keep_days`).
    public var searchKeepDays = 90
    /// The bank statement's columns for `kiosk payments import` (`payments.statement_*`).
    public var statementColumns = StatementColumns.shipped

    /// The settings a kiosk runs with when kiosk.conf leaves a value out.
    public static let defaults = KioskConfig(
        center: Center(
            name: LocalizedText(vi: "Trung tâm Phục vụ hành chính công", en: "Public Administration Center"),
            address: LocalizedText(vi: "", en: ""), hotline: "", website: ""),
        defaultLanguage: .vi, idleTimeoutSeconds: 90, catalogPath: "Catalog", casesDatabasePath: "var/cases.sqlite",
        secondFactorKeyPath: "var/second-factor.key", logPath: "var/kiosk.log",
        catalogSnapshotPath: "var/catalog.snapshot", kioskID: "", staffExitChord: .defaultStaffExit, caseSecondFactor: true,
        caseCooldownSeconds: 30, staffPINHash: nil, attractLoop: false, attractTour: "attract",
        attractAfterSeconds: 60, demoPaceSeconds: 5, holidays: [])

    /// Every setting kiosk.conf may hold, with its type. Anything else is an error naming the key.
    static let schema: [String: SettingType] = [
        "center.name": .localized,
        "center.address": .localized,
        "center.hotline": .text,
        "center.website": .url(),
        "kiosk.default_language": .choice(Language.allCases.map(\.rawValue)),
        "kiosk.idle_timeout_seconds": .integer(15...3600),
        "kiosk.id": .text,
        "paths.catalog": .text,
        "paths.cases_database": .text,
        "paths.second_factor_key": .text,
        "paths.log": .text,
        "paths.catalog_snapshot": .text,
        "paths.queue_database": .text,
        "catalog.all_levels": .flag,
        "staff.exit_chord": .keyChord,
        "staff.pin_hash": .pinHash,
        "cases.second_factor": .flag,
        "cases.cooldown_seconds": .integer(5...3600),
        "cases.holidays": .dayList,
        "cases.lookup_url": .url(placeholder: KioskConfig.receiptPlaceholder),
        "demo.attract_loop": .flag,
        "demo.attract_tour": .text,
        "demo.attract_after_seconds": .integer(10...3600),
        "demo.pace_seconds": .integer(2...60),
        "ratings.quick_per_minute": .integer(1...60),
        "ratings.goal_percent": .integer(50...100),
        "ratings.minimum_to_rank": .integer(1...1000),
        "database.url": .databaseURL,
        "database.password_file": .text,
        "database.local_copy": .text,
        "database.lookup_deadline_ms": .integer(200...10000),
        "printer.device": .printerDevice,
        "printer.paper_mm": .integerChoice([58, 80]),
        "printer.code_page": .choice(PrinterSettings.CodePage.allCases.map(\.rawValue)),
        "speech.output": .speechOutput,
        "speech.idle_timeout_seconds": .integer(30...3600),
        "speech.audience": .choice(SpeechSettings.Audience.allCases.map(\.rawValue)),
        "speech.volume": .integer(1...5),
        "speech.rate": .integer(1...5),
        "speech.voice_vi": .choice(SpeechSettings.vietnameseVoices),
        "counter.idle_sign_out_minutes": .integer(5...480),
        "board.call_aloud": .speechOutput,
        "board.call_in_english": .flag,
        "board.call_volume": .integer(1...5),
        "board.call_voice_vi": .choice(SpeechSettings.vietnameseVoices),
        "queue.priority_rule": .choice(["first", "one_in"]),
        "queue.regular_per_priority": .integer(1...20),
        "queue.regular_wait_limit_minutes": .integer(5...240),
        "queue.booking_late_minutes": .integer(0...60),
        "queue.bookings": .flag,
        "payments.ceiling_vnd": .integer(100_000...10_000_000_000),
        "search.keep_days": .integer(7...730),
        "payments.statement_date_column": .nonEmptyText,
        "payments.statement_credit_column": .nonEmptyText,
        "payments.statement_description_column": .nonEmptyText,
        "payments.statement_reference_column": .nonEmptyText,
        "payments.statement_date_format": .datePattern,
    ]

    /// The name this kiosk counts its failed look-ups under: `kiosk.id`, else the host name.
    public var kioskName: String {
        if !kioskID.isEmpty { return kioskID }
        var buffer = [CChar](repeating: 0, count: 256)
        return gethostname(&buffer, buffer.count) == 0 ? String(cString: buffer) : "kiosk"
    }

    /// Reads and checks a kiosk.conf. Throws every problem at once; nothing is applied from a file with one.
    public static func load(file: String) throws(ConfigProblems) -> KioskConfig {
        guard let data = FileManager.default.contents(atPath: file) else {
            let reason = FileManager.default.fileExists(atPath: file) ? "permission" : "no such file"
            throw ConfigProblems([ConfigProblem(file: file, line: nil, key: "", kind: .unreadable(reason))])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigProblems([ConfigProblem(file: file, line: nil, key: "", kind: .unreadable("not UTF-8"))])
        }
        let folder = (file as NSString).deletingLastPathComponent
        return try parse(text, file: file, baseFolder: folder.isEmpty ? "." : folder)
    }

    public static func parse(_ text: String, file: String, baseFolder: String) throws(ConfigProblems) -> KioskConfig {
        let values = try SettingsReader.read(text, file: file, schema: schema)
        var config = defaults
        if let name = values.localized("center.name") { config.center.name = name }
        if let address = values.localized("center.address") { config.center.address = address }
        if let hotline = values.string("center.hotline") { config.center.hotline = hotline }
        if let website = values.string("center.website") { config.center.website = website }
        if let language = values.string("kiosk.default_language").flatMap(Language.init) {
            config.defaultLanguage = language
        }
        if let idle = values.int("kiosk.idle_timeout_seconds") { config.idleTimeoutSeconds = idle }
        if let id = values.string("kiosk.id") { config.kioskID = id }
        func path(_ key: String, _ fallback: String) -> String {
            let value = values.string(key) ?? fallback
            return value.hasPrefix("/") || baseFolder == "." ? value : "\(baseFolder)/\(value)"
        }
        config.catalogPath = path("paths.catalog", defaults.catalogPath)
        config.casesDatabasePath = path("paths.cases_database", defaults.casesDatabasePath)
        config.secondFactorKeyPath = path("paths.second_factor_key", defaults.secondFactorKeyPath)
        config.logPath = path("paths.log", defaults.logPath)
        config.queueDatabasePath = path("paths.queue_database", defaults.queueDatabasePath)
        if values.string("paths.catalog_snapshot") == "" {
            config.catalogSnapshotPath = nil
        } else if let snapshot = defaults.catalogSnapshotPath {
            config.catalogSnapshotPath = path("paths.catalog_snapshot", snapshot)
        }
        if let flag = values.bool("catalog.all_levels") { config.catalogScope = flag ? .whole : .localLevels }
        if let flag = values.bool("cases.second_factor") { config.caseSecondFactor = flag }
        if let seconds = values.int("cases.cooldown_seconds") { config.caseCooldownSeconds = seconds }
        if let days = values.list("cases.holidays") { config.holidays = days }
        if let url = values.string("cases.lookup_url") { config.caseLookupURL = url }
        if let flag = values.bool("demo.attract_loop") { config.attractLoop = flag }
        if let tour = values.string("demo.attract_tour") { config.attractTour = tour }
        if let seconds = values.int("demo.attract_after_seconds") { config.attractAfterSeconds = seconds }
        if let seconds = values.int("demo.pace_seconds") { config.demoPaceSeconds = seconds }
        if let count = values.int("ratings.quick_per_minute") { config.quickRatingsPerMinute = count }
        if let goal = values.int("ratings.goal_percent") { config.satisfactionGoal = goal }
        if let count = values.int("ratings.minimum_to_rank") { config.ratingsMinimum = count }
        if let url = values.string("database.url"), !url.isEmpty, case .success(let address) = HallServerAddress.parse(url) {
            config.hallServer = address
        }
        if let file = values.string("database.password_file"), !file.isEmpty {
            config.hallPasswordFile = path("database.password_file", file)
        }
        config.hallCopyPath = path("database.local_copy", defaults.hallCopyPath)
        if let milliseconds = values.int("database.lookup_deadline_ms") {
            config.hallLookupDeadline = TimeInterval(milliseconds) / 1000
        }
        if let text = values.string("printer.device"), let device = PrinterSettings.Device.parse(text) {
            var printer = PrinterSettings(device: device)
            if let paper = values.int("printer.paper_mm") { printer.paperMillimetres = paper }
            if let page = values.string("printer.code_page").flatMap(PrinterSettings.CodePage.init) {
                printer.codePage = page
            }
            config.printer = printer
        }
        if let text = values.string("speech.output"), let output = SpeechSettings.Output.parse(text) {
            var speech = SpeechSettings(output: output)
            if let audience = values.string("speech.audience").flatMap(SpeechSettings.Audience.init) {
                speech.audience = audience
            }
            if let volume = values.int("speech.volume") { speech.volume = volume }
            if let rate = values.int("speech.rate") { speech.rate = rate }
            if let voice = values.string("speech.voice_vi") { speech.vietnameseVoice = voice }
            config.speech = speech
        }
        if let idle = values.int("speech.idle_timeout_seconds") { config.speechIdleTimeoutSeconds = idle }
        if let minutes = values.int("counter.idle_sign_out_minutes") { config.counterIdleSignOutMinutes = minutes }
        if let text = values.string("board.call_aloud"), let output = SpeechSettings.Output.parse(text) {
            var board = BoardSpeechSettings(output: output)
            if let english = values.bool("board.call_in_english") { board.english = english }
            if let volume = values.int("board.call_volume") { board.volume = volume }
            if let voice = values.string("board.call_voice_vi") { board.vietnameseVoice = voice }
            config.boardSpeech = board
        }
        if values.string("queue.priority_rule") == "one_in" {
            config.queuePolicy.rule = .oneIn(regular: values.int("queue.regular_per_priority") ?? 3)
        }
        if let minutes = values.int("queue.regular_wait_limit_minutes") {
            config.queuePolicy.regularWaitLimit = TimeInterval(minutes * 60)
        }
        if let flag = values.bool("queue.bookings") { config.queueBookings = flag }
        if let ceiling = values.int("payments.ceiling_vnd") { config.paymentCeiling = ceiling }
        readStatementColumns(values, into: &config.statementColumns)
        if let days = values.int("search.keep_days") { config.searchKeepDays = days }
        if let minutes = values.int("queue.booking_late_minutes") { config.queuePolicy.bookingLateness = TimeInterval(minutes * 60) }
        if let hash = values.string("staff.pin_hash"), !hash.isEmpty { config.staffPINHash = hash }
        if let chord = values.string("staff.exit_chord").flatMap(KeyChord.init(parsing:)) {
            config.staffExitChord = chord
        }
        return config
    }

    private static func readStatementColumns(_ values: SettingValues, into columns: inout StatementColumns) {
        if let name = values.string("payments.statement_date_column") { columns.date = name }
        if let name = values.string("payments.statement_credit_column") { columns.credit = name }
        if let name = values.string("payments.statement_description_column") { columns.description = name }
        if let name = values.string("payments.statement_reference_column") { columns.reference = name }
        if let pattern = values.string("payments.statement_date_format") { columns.dateFormat = pattern }
    }
}
