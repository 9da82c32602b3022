import CaseTracking
import ProcedureCatalog

/// Doing an action: the few every screen shares (Back, Home, the language, a footer label's key), then the
/// screen's own, then moving to another screen.
extension KioskApp {
    /// What a key means: F1, Home, F2 and Esc everywhere, the rest as the screen shown says.
    func action(for key: Key, _ state: KioskState) -> Action? {
        switch key {
        case .function(1), .home: return .home
        case .function(2): return .toggleLanguage
        case let key where SpeechUIText.keys[key] != nil: return SpeechUIText.keys[key].map(Action.speech)
        case .escape: return .back
        default: return state.top.feature.action(for: key, ScreenContext(app: self, state: state))
        }
    }

    func perform(_ action: Action, _ state: inout KioskState) -> [Effect] {
        switch action {
        case .back:
            state.apply(.pop)
        case .home:
            state.apply(.home)
        case .toggleLanguage:
            state.language = state.language == .vi ? .en : .vi
        case .speech(let command):
            return perform(command, &state)
        case .press(let key):
            if let keyed = self.action(for: key, state) { return perform(keyed, &state) }
        case .stillHere:
            break
        default:
            var context = ScreenContext(app: self, state: state)
            if let transition = state.updateTop({ $0.perform(action, &context) }) {
                state.staffFailures = context.staffFailures
                state.quickRated = context.quickRated
                return apply(transition, &state)
            }
            return navigate(action, &state)
        }
        return []
    }

    /// What a screen asked for beyond itself.
    func apply(_ transition: Transition, _ state: inout KioskState) -> [Effect] {
        if let navigation = transition.navigation { state.apply(navigation) }
        var effects = transition.effects
        if let then = transition.then { effects += perform(then, &state) }
        return effects
    }

    /// Actions the screen shown does not take: they open another screen.
    private func navigate(_ action: Action, _ state: inout KioskState) -> [Effect] {
        switch action {
        case .type:
            // Typing on home starts a search with what was typed.
            state.apply(.push(.search(SearchScreen())))
            return perform(action, &state)
        case .show(let id):
            guard let screen = AnyScreen(opening: id) else { break }
            if !id.startsOver {
                state.apply(.push(screen))
            } else if state.screen != id {
                state.apply(.stack([screen]))
            }
        default:
            break
        }
        return []
    }

    /// A scanned receipt number jumps to the look-up from any screen, as if typed and confirmed.
    func scanned(_ text: String, _ state: inout KioskState) -> [Effect] {
        guard let receipt = ReceiptNumber(parsing: text) else { return [] }
        state.apply(.stack([.caseEntry(CaseEntryScreen(input: .receipt(receipt.description)))]))
        return perform(.keypad(.ok), &state)
    }

    /// An effect's answer goes to the screen shown: the one that asked, if the citizen is still there (each
    /// screen takes only what answers its own question). The staff exit's record is the app's; a look-up's
    /// outcome is also counted for the usage statistics.
    func answered(_ answer: Answer, _ state: inout KioskState) -> [Effect] {
        switch answer {
        case .staffExitChecked(let failures):
            staffExitChecked(failures, &state)
            return []
        case .staffPINRecorded(let failures):
            staffPINRecorded(failures, &state)
            return []
        case .lookedUp(_, let outcome):
            return received(answer, &state) + [.usage(.lookup(LookupTally(outcome)))]
        default:
            return received(answer, &state)
        }
    }

    private func received(_ answer: Answer, _ state: inout KioskState) -> [Effect] {
        let context = ScreenContext(app: self, state: state)
        return apply(state.updateTop { $0.received(answer, context) }, &state)
    }

    /// The groups a browse tab lists: those with at least one procedure.
    func browseGroups(_ tab: BrowseTab, language: Language)
        -> [(group: ProcedureGroup, name: LocalizedText, count: Int)] {
        switch tab {
        case .field:
            // Many fields (a national list has 140): in alphabetical order, for the letter index.
            (members.fieldOrder[language] ?? []).compactMap { id in
                guard let field = catalog.field(id), let positions = members.fields[id] else { return nil }
                return (.field(id), field.name, positions.count)
            }
        case .agency:
            catalog.agencies.compactMap { agency in
                members.agencies[agency.id].map { (.agency(agency.id), agency.name, $0.count) }
            }
        case .level:
            catalog.levels.compactMap { level in
                members.levels[level.id].map { (.level(level.id), level.name, $0.count) }
            }
        }
    }
}
