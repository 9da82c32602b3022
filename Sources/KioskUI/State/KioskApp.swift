import CaseTracking
import Foundation
import KioskConfiguration
import KioskSpeech
import ProcedureCatalog

/// The kiosk as a pure state machine: `update` applies an event to the state, `view` renders the state into a
/// frame. Nothing here touches a terminal, a file or the clock, so tests drive every screen directly.
public struct KioskApp: Sendable {
    public var catalog: Catalog { catalogStorage }
    public var index: SearchIndex { indexStorage }
    var catalogStorage: Catalog
    var indexStorage: SearchIndex
    let center: KioskConfig.Center
    let exitChord: KeyChord
    let timeZone: TimeZone
    /// Procedures (catalog positions, catalog order) of each field, agency and level, and the featured ones.
    var members: GroupMembers
    /// Whether a case look-up asks for the last 4 digits of the owner's ID number.
    let caseSecondFactor: Bool
    /// Working days for "N working days left".
    let workingCalendar: WorkingCalendar
    /// Seconds without input before the "are you still there?" countdown, and the language to return to.
    let idleTimeout: TimeInterval
    public let defaultLanguage: Language
    /// The staff PIN's hash; with lockdown on, the exit chord asks for it.
    let staffPINHash: String?
    /// Off for development (`kiosk run --no-lockdown`): Ctrl-C ends the program and the chord needs no PIN.
    let lockdown: Bool
    /// When wrong staff PINs close the chord.
    public let staffExitPolicy = StaffExitPolicy()
    /// The symbols this terminal can show (the Linux console's font lacks some).
    public let glyphs: Glyphs
    /// This kiosk's name (`kiosk.id`, else the host name): ratings are recorded with it.
    let kioskID: String
    /// The report's goal and the fewest ratings a group needs to be ranked (the staff summary).
    let satisfactionGoal: Int
    let ratingsMinimum: Int
    /// The page where a citizen follows a case from home (`cases.lookup_url`, `{receipt}` for the number).
    let caseLookupURL: String
    /// Whether kiosk.conf names a receipt printer: without one there are no print buttons.
    let printing: Bool
    /// Whether kiosk.conf says where speech goes: without it the speech key does nothing.
    var speechAvailable: Bool
    /// The idle time before "still there?" while speech is on.
    let speechIdleTimeout: TimeInterval
    /// Whether speech goes to one citizen's headphones: only then is anything personal said.
    var speechPrivate: Bool
    /// Volume and rate at the start of a visit.
    let speechVolume: SpeechLevel
    let speechRate: SpeechLevel
    /// The center's queues (from the catalog's agencies), for the "Take a queue number" tile: found once per
    /// catalog, since home asks on every frame.
    var queueLines: [(line: QueueLine, agencies: [Agency])]
    /// Whether the queue screen offers checking a booking in.
    let queueBookings: Bool
    /// Minutes after a slot's start a booking becomes a walk-in (said to the late citizen).
    let bookingLateness: Int
    /// Above this total a case shows no payment code.
    let paymentCeiling: Int

    /// Results beyond this many are not listed: nobody pages that far, a narrower query is the answer.
    static let resultLimit = 500

    public init(catalog: Catalog, index: SearchIndex, config: KioskConfig, timeZone: TimeZone = .current,
                lockdown: Bool = true, glyphs: Glyphs = .full) {
        self.glyphs = glyphs
        catalogStorage = catalog
        indexStorage = index
        center = config.center
        exitChord = config.staffExitChord
        self.timeZone = timeZone
        members = GroupMembers(catalog)
        queueLines = catalog.queueLines
        queueBookings = config.queueBookings
        bookingLateness = Int(config.queuePolicy.bookingLateness / 60)
        paymentCeiling = config.paymentCeiling
        caseSecondFactor = config.caseSecondFactor
        workingCalendar = WorkingCalendar(holidays: config.holidays)
        idleTimeout = TimeInterval(config.idleTimeoutSeconds)
        defaultLanguage = config.defaultLanguage
        staffPINHash = config.staffPINHash
        kioskID = config.kioskName
        satisfactionGoal = config.satisfactionGoal
        ratingsMinimum = config.ratingsMinimum
        caseLookupURL = config.caseLookupURL
        printing = config.printer != nil
        speechAvailable = config.speech != nil
        speechIdleTimeout = TimeInterval(config.speechIdleTimeoutSeconds)
        speechPrivate = config.speech?.audience == .headphones
        speechVolume = SpeechLevel(config.speech?.volume ?? SpeechLevel.standard.step)
        speechRate = SpeechLevel(config.speech?.rate ?? SpeechLevel.standard.step)
        self.lockdown = lockdown
    }

    /// The first state; `staffFailures` are the wrong staff PINs kept from before the restart.
    public func initialState(language: Language, size: Size, now: Date,
                             staffFailures: StaffPINFailures = StaffPINFailures(), speaking: Bool = false) -> KioskState {
        var state = KioskState(language: language, size: size, now: now, staffFailures: staffFailures)
        state.speaking = speaking && speechAvailable
        return state
    }

    /// Applies one event; returns what the outside world must do. `shown` is `view(state)` when the caller
    /// has it (the run loop keeps the last frame): a touch is found in its tap regions without drawing again,
    /// which matters when a burst brings many touches.
    public func update(_ state: inout KioskState, _ event: KioskEvent, shown: Frame? = nil) -> [Effect] {
        let (search, screen) = (state.openSearch, state.screen)
        let before = state
        var effects = handle(event, &state, shown: shown)
        // What a speech key said stands; otherwise what changed is said (or the key cuts speech).
        if !effects.contains(where: \.isSpeech) { effects += speech(before: before, after: &state, event: event) }
        // Usage counts, read from what changed: a search left without a result, a procedure opened.
        if let search, state.openSearch == nil, !search.query.isEmpty, !search.found {
            effects.append(.usage(.searchWithoutResult(search.query)))
        }
        if case .procedure(let position) = state.screen, state.screen != screen {
            effects.append(.usage(.viewed(catalog.procedures[position].code.description)))
        }
        // First: a search ended by this event ended before what the event does next (speech cut, a quit).
        return searchLog(before: before, after: &state) + effects
    }

    private func handle(_ event: KioskEvent, _ state: inout KioskState, shown: Frame?) -> [Effect] {
        if event.isCitizenInput {
            let wasCountingDown = idleCountdown(state) != nil
            state.lastActivity = state.now
            if wasCountingDown { return [] }  // the touch that answers "still there?" does nothing else
        }
        switch event {
        case .resize(let size):
            state.size = size
        case .tick(let date):
            state.now = date
            if let left = idleCountdown(state), left <= 0 { resetForNextCitizen(&state) }
            // A screen that goes home by itself (the thanks for a rating) ends the visit as the idle reset does:
            // the citizen has gone, and nothing of theirs may reach the next one.
            if state.top.feature.expired(at: date) { resetForNextCitizen(&state) }
        case .click(let x, let y):
            // Off the screen (a touch beyond a shrunken window) nothing can be hit.
            guard x < state.size.width, y < state.size.height else { return [] }
            guard let action = (shown ?? view(state)).action(atX: x, y: y) else { return [] }
            if helping(state), !action.isSpeech { return spokenHelp(for: action, &state) }
            return perform(action, &state)
        case .wheel(let steps, _, _):
            return perform(.move(steps * state.top.feature.wheelLines), &state)
        case .key(let key):
            if !lockdown, key == .control("c") { return [.quit] }
            if chordCompleted(by: key, &state) { return staffExit(&state) }
            let action = action(for: key, state)
            if helping(state), action?.isSpeech != true { return spokenHelp(for: key, &state) }
            if let action { return perform(action, &state) }
        case .scan(let text):
            return scanned(text, &state)
        case .answered(let answer):
            return answered(answer, &state)
        }
        return []
    }

    /// Counts the staff exit chord's keys pressed in a row; any other key starts it over.
    private func chordCompleted(by key: Key, _ state: inout KioskState) -> Bool {
        let strokes = exitChord.strokes
        if key.matches(strokes[state.chordProgress]) {
            state.chordProgress += 1
        } else {
            state.chordProgress = key.matches(strokes[0]) ? 1 : 0
        }
        if state.chordProgress == strokes.count {
            state.chordProgress = 0
            return true
        }
        return false
    }

    public func view(_ state: KioskState) -> Frame {
        KioskView(app: self, state: state).render()
    }

    /// The procedures of a group, as catalog positions.
    func procedures(of group: ProcedureGroup) -> [Int] {
        switch group {
        case .field(let id): members.fields[id] ?? []
        case .agency(let id): members.agencies[id] ?? []
        case .level(let id): members.levels[id] ?? []
        }
    }
}

/// Which procedures belong to each field, agency and level, computed once at start.
struct GroupMembers: Sendable {
    var fields: [String: [Int]] = [:]
    var agencies: [String: [Int]] = [:]
    var levels: [String: [Int]] = [:]
    var featured: [Int] = []
    /// The fields that hold procedures, in alphabetical order of their names in each language.
    var fieldOrder: [Language: [String]] = [:]

    init(_ catalog: Catalog) {
        for (position, procedure) in catalog.procedures.enumerated() {
            fields[procedure.field, default: []].append(position)
            if let agency = procedure.agency { agencies[agency, default: []].append(position) }
            for level in procedure.levels { levels[level, default: []].append(position) }
            if procedure.featured { featured.append(position) }
        }
        for language in Language.allCases {
            let used = catalog.fields.filter { fields[$0.id] != nil }
            fieldOrder[language] = used.map { (id: $0.id, key: LetterIndex.sortKey($0.name[language])) }
                .sorted { $0.key < $1.key }.map(\.id)
        }
    }
}
