import Foundation
import KioskGrid
import KioskSpeech
import ProcedureCatalog

/// Speech mode: while a citizen has it on, each new screen is said (its title, what it holds in short, then
/// what the keys act on), what a key changes is said (a moved selection, a typed character, a message, a
/// line of text), any key cuts what is being said, and the speech keys (`SpeechUIText.keys`) repeat, stop,
/// help and move the volume and the rate. Everything said comes from the state the screen is drawn from, in
/// words (`SpokenText`: no digit).
extension KioskApp {
    /// What the screen shown says when it opens: its title, its own words, then its focus.
    public func spoken(_ state: KioskState) -> String {
        let context = ScreenContext(app: self, state: state)
        let screen = state.top.feature
        let parts = [screen.title(context), screen.spoken(context)] + screen.spokenFocus(context)
        return SpokenText.words(Self.joined(parts), state.language)
    }

    /// The parts of the screen's focus, as said.
    func spokenFocus(_ state: KioskState) -> [String] {
        state.top.feature.spokenFocus(ScreenContext(app: self, state: state))
    }

    /// What to say after an event, from the state before it and after: speech turned on (how to use it, then
    /// the screen), a new screen, language or title, what a key changed; and a key cuts what was being said.
    /// What is said is kept for the repeat key.
    func speech(before: KioskState, after state: inout KioskState, event: KioskEvent) -> [Effect] {
        guard state.speaking else { return before.speaking ? [.stopSpeaking] : [] }
        guard let words = newWords(before: before, after: state, event: event) else {
            return event.isCitizenInput ? [.stopSpeaking] : []
        }
        return say(words, &state)
    }

    private func newWords(before: KioskState, after state: KioskState, event: KioskEvent) -> String? {
        if !before.speaking { return spokenOnStart(state) }
        // "Still there?": asked aloud too, since a citizen who cannot see the screen would not know.
        if idleCountdown(before) == nil, let left = idleCountdown(state), left > 0 {
            return SpokenText.words(UIText.stillThere(left, state.language), state.language)
        }
        let title = { (state: KioskState) in state.top.feature.title(ScreenContext(app: self, state: state)) }
        if state.screen != before.screen || state.language != before.language || state.stack.count != before.stack.count
            || title(state) != title(before)
        {
            return spoken(state)
        }
        // The clock changes no focus a listener needs again (a countdown's seconds would be said each second):
        // the screens' focus is not built twice a tick.
        if case .tick = event { return nil }
        let old = spokenFocus(before)
        let new = spokenFocus(state).filter { !old.contains($0) }
        return new.isEmpty ? nil : SpokenText.words(Self.joined(new), state.language)
    }

    /// What to say when the kiosk starts with speech on (`kiosk run --speech`), as if turned on by its key.
    public func speechOnStart(_ state: inout KioskState) -> [Effect] {
        state.speaking ? say(spokenOnStart(state), &state) : []
    }

    /// What is said when speech starts: how to use it, then the screen.
    public func spokenOnStart(_ state: KioskState) -> String {
        SpokenText.words(SpeechUIText.turnedOn[state.language], state.language) + " " + spoken(state)
    }

    /// A speech key's command.
    func perform(_ command: SpeechCommand, _ state: inout KioskState) -> [Effect] {
        guard speechAvailable else { return [] }
        let language = state.language
        switch command {
        case .toggle:
            state.speaking.toggle()
            state.voice = CitizenVoice()
            return []  // said, or cut, by `speech(before:after:event:)`
        case _ where !state.speaking:
            return []
        case .whereAmI:
            return say(spoken(state), &state)
        case .repeatLast:
            return say(state.voice.lastSaid ?? spoken(state), &state)
        case .stop:
            return [.stopSpeaking]
        case .help:
            state.voice.helping.toggle()
            let words = state.voice.helping ? SpeechUIText.helpOn[language] : SpeechUIText.helpOff[language]
            return say(SpokenText.words(words, language), &state)
        case .quieter, .louder:
            let level = volume(state).moved(command == .louder ? 1 : -1)
            state.voice.volume = level
            return say(SpokenText.words(SpeechUIText.volume(level, language), language), &state)
        case .slower, .faster:
            let level = rate(state).moved(command == .faster ? 1 : -1)
            state.voice.rate = level
            return say(SpokenText.words(SpeechUIText.rate(level, language), language), &state)
        }
    }

    /// Help mode: what a key would do, said instead of done (the help key itself ends help mode).
    func spokenHelp(for key: Key, _ state: inout KioskState) -> [Effect] {
        // Back on the first screen goes nowhere.
        let action = action(for: key, state).flatMap { $0 == .back && state.stack.count == 1 ? nil : $0 }
        let words = SpeechUIText.describe(key, action: action, hints: hints(state), state.language)
        return say(SpokenText.words(words, state.language), &state)
    }

    /// What a touch would do, in help mode.
    func spokenHelp(for action: Action, _ state: inout KioskState) -> [Effect] {
        let words = SpeechUIText.describe(nil, action: action, hints: hints(state), state.language)
        return say(SpokenText.words(words, state.language), &state)
    }

    private func hints(_ state: KioskState) -> [Hint] {
        state.top.feature.hints(ScreenContext(app: self, state: state))
    }

    private func say(_ words: String, _ state: inout KioskState) -> [Effect] {
        state.voice.lastSaid = words
        return [.speak(Utterance(words, state.language, volume: volume(state), rate: rate(state)))]
    }

    private func volume(_ state: KioskState) -> SpeechLevel { state.voice.volume ?? speechVolume }
    private func rate(_ state: KioskState) -> SpeechLevel { state.voice.rate ?? speechRate }

    /// Parts said one after the other, each ending as a sentence does.
    static func joined(_ parts: [String]) -> String {
        parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .map { $0.last.map { ".:;!?…".contains($0) } == true ? $0 : $0 + "." }.joined(separator: " ")
    }
}

extension KioskApp {
    /// Whether help mode is on: keys and touches say what they do.
    func helping(_ state: KioskState) -> Bool { state.speaking && state.voice.helping }
}

extension Action {
    var isSpeech: Bool {
        if case .speech = self { return true }
        return false
    }
}

extension Effect {
    var isSpeech: Bool {
        switch self {
        case .speak, .stopSpeaking: true
        default: false
        }
    }
}
