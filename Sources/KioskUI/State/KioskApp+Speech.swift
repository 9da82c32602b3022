import KioskSpeech
import ProcedureCatalog

/// Speech mode: while a citizen has it on, each new screen is said (its title, then what it holds in short),
/// a moved selection says the item, any key cuts what is being said, and F10 says again where the citizen is.
/// Everything said comes from the state the screen is drawn from, in words (`SpokenText`: no digit).
extension KioskApp {
    /// What the screen shown says when it opens: its title and its own words.
    public func spoken(_ state: KioskState) -> String {
        let context = ScreenContext(app: self, state: state)
        let screen = state.top.feature
        return SpokenText.words([screen.title(context), screen.spoken(context)].filter { !$0.isEmpty }
            .joined(separator: ". "), state.language)
    }

    /// The selection's words, if the screen has one.
    func spokenSelection(_ state: KioskState) -> String? {
        state.top.feature.spokenSelection(ScreenContext(app: self, state: state)).map { SpokenText.words($0, state.language) }
    }

    /// What to say after an event, from the state before it and after: speech turned on (how to use it, then
    /// the screen), a new screen or language, a moved selection; and a key cuts what was being said.
    func speech(before: KioskState, after state: KioskState, event: KioskEvent) -> [Effect] {
        guard state.speaking else { return before.speaking ? [.stopSpeaking] : [] }
        let language = state.language
        if !before.speaking {
            return [.speak(spokenOnStart(state), language)]
        }
        // "Still there?": asked aloud too, since a citizen who cannot see the screen would not know.
        if idleCountdown(before) == nil, let left = idleCountdown(state), left > 0 {
            return [.speak(SpokenText.words(UIText.stillThere(left, language), language), language)]
        }
        if state.screen != before.screen || state.language != before.language || state.stack.count != before.stack.count {
            return [.speak(spoken(state), language)]
        }
        if state.page.selected != before.page.selected, let selection = spokenSelection(state) {
            return [.speak(selection, language)]
        }
        return event.isCitizenInput ? [.stopSpeaking] : []
    }

    /// What is said when the kiosk starts with speech on: how to use it, then the screen.
    public func spokenOnStart(_ state: KioskState) -> String {
        SpokenText.words(SpeechUIText.turnedOn[state.language], state.language) + " " + spoken(state)
    }

    /// F10: the screen and the selection again.
    func whereAmI(_ state: KioskState) -> [Effect] {
        guard state.speaking else { return [] }
        let screen = spoken(state)
        // A list or home says its selection already; another screen's is added.
        let words = spokenSelection(state).map { screen.contains($0) ? screen : screen + ". " + $0 } ?? screen
        return [.speak(words, state.language)]
    }
}
