import Foundation
import KioskGrid
import ProcedureCatalog
import QueueTickets

/// The officer's terminal at a counter (`kiosk counter --counter N`), as a pure core: sign-in with staff number
/// and PIN, then the desk: the ticket at the counter, the lines it calls, held tickets, and the actions on
/// function keys (each also a touch on its footer label). Data flows one way: a key or an answer is an event,
/// `update` changes the state and returns what the store must do (`CounterDeskEffect`), run off the input loop;
/// its answer comes back as an event. Nothing is shown as done before the store says so: with the server away
/// the desk says so and the ticket stays where it was.
public struct CounterDesk: Sendable {
    public let counter: Int
    /// The lines this counter calls, and every line of the center (a ticket may be moved to any).
    public let lines: [String]
    public let allLines: [String]
    /// Without a key or a touch this long, the officer is signed out.
    public let idleSignOut: TimeInterval
    public let timeZone: TimeZone
    public let centerName: LocalizedText
    /// The catalog's priority groups: a priority ticket shows its group, for the officer to check the proof.
    public let priorityGroups: [PriorityGroup]

    public init(counter: Int, lines: [String], allLines: [String], idleSignOut: TimeInterval, timeZone: TimeZone,
                centerName: LocalizedText, priorityGroups: [PriorityGroup] = []) {
        self.priorityGroups = priorityGroups
        self.counter = counter
        self.lines = lines
        self.allLines = allLines
        self.idleSignOut = idleSignOut
        self.timeZone = timeZone
        self.centerName = centerName
    }

    public func initialState(language: Language, size: Size, now: Date) -> CounterDeskState {
        CounterDeskState(language: language, size: size, now: now)
    }

    /// Applies one event; returns what the store must do.
    public func update(_ state: inout CounterDeskState, _ event: CounterDeskEvent) -> [CounterDeskEffect] {
        switch event {
        case .key(let key):
            state.lastActivity = state.now
            return key == .function(12) ? toggleLanguage(&state) : handle(key, &state)
        case .click(let x, let y):
            state.lastActivity = state.now
            guard case .press(let key)? = view(state).action(atX: x, y: y) else { return [] }
            return key == .function(12) ? toggleLanguage(&state) : handle(key, &state)
        case .resize(let size):
            state.size = size
        case .tick(let now):
            state.now = now
            if case .desk = state.phase, now.timeIntervalSince(state.lastActivity) >= idleSignOut {
                state.phase = .signIn(SignInForm(message: .signedOutIdle))
                return [.signOut]
            }
        case .answered(let answer):
            return answered(answer, &state)
        }
        return []
    }

    private func toggleLanguage(_ state: inout CounterDeskState) -> [CounterDeskEffect] {
        state.language = state.language == .vi ? .en : .vi
        return []
    }

    private func handle(_ key: Key, _ state: inout CounterDeskState) -> [CounterDeskEffect] {
        switch state.phase {
        case .signIn(var form):
            let effects = form.handle(key)
            state.phase = .signIn(form)
            return effects
        case .desk(var desk):
            let effects = desk.handle(key, counter: self)
            // Signing out leaves nothing of the desk on the screen, whatever the store answers.
            state.phase = effects.contains(.signOut) ? .signIn(SignInForm()) : .desk(desk)
            return effects
        }
    }

    private func answered(_ answer: CounterDeskAnswer, _ state: inout CounterDeskState) -> [CounterDeskEffect] {
        switch (answer, state.phase) {
        case (.signIn(.signedIn(let officer)), .signIn):
            state.phase = .desk(DeskScreen(officer: officer))
            state.lastActivity = state.now
        case (.signIn(let outcome), .signIn(var form)):
            form.waiting = false
            form.message = .signIn(outcome)
            state.phase = .signIn(form)
        case (.status(let status), .desk(var desk)):
            desk.status = status
            desk.away = nil
            // Signed out elsewhere (an operator, the officer removed): back to the sign-in.
            if status.officer?.staffNumber != desk.officer.staffNumber {
                state.phase = .signIn(SignInForm(message: .signedOutElsewhere))
                return []
            }
            state.phase = .desk(desk)
        case (.done(let status), .desk(var desk)):
            desk.status = status
            desk.waiting = false
            desk.away = nil
            desk.message = nil
            state.phase = .desk(desk)
        case (.refused(let refusal), .desk(var desk)):
            desk.waiting = false
            desk.message = .refused(refusal)
            state.phase = .desk(desk)
        case (.unreachable(let why), .desk(var desk)):
            desk.waiting = false
            desk.away = why
            state.phase = .desk(desk)
        case (.unreachable(let why), .signIn(var form)):
            form.waiting = false
            form.message = .unreachable(why)
            state.phase = .signIn(form)
        default:
            break
        }
        return []
    }

    public func view(_ state: CounterDeskState) -> Frame {
        CounterDeskView(desk: self, state: state).render()
    }
}

/// Everything the officer's terminal shows.
public struct CounterDeskState: Equatable, Sendable {
    public var language: Language
    public var size: Size
    public var now: Date
    var lastActivity: Date
    public internal(set) var phase: Phase

    public enum Phase: Equatable, Sendable {
        case signIn(SignInForm)
        case desk(DeskScreen)
    }

    init(language: Language, size: Size, now: Date) {
        self.language = language
        self.size = size
        self.now = now
        lastActivity = now
        phase = .signIn(SignInForm())
    }

    /// The officer signed in, if any.
    public var officer: Officer? {
        if case .desk(let desk) = phase { return desk.officer }
        return nil
    }
}

public enum CounterDeskEvent: Equatable, Sendable {
    case key(Key)
    case click(x: Int, y: Int)
    case tick(Date)
    case resize(Size)
    case answered(CounterDeskAnswer)
}

/// What the store answered (or the poller read).
public enum CounterDeskAnswer: Equatable, Sendable {
    case signIn(SignInOutcome)
    /// The counter as read by the poller, about once a second.
    case status(CounterStatus)
    /// An action done: the counter after it.
    case done(CounterStatus)
    case refused(CounterRefusal)
    /// The store did not answer (the hall server away): nothing was done.
    case unreachable(String)
}

/// What the store must do for the terminal.
public enum CounterDeskEffect: Equatable, Sendable {
    case signIn(StaffNumber, pin: String)
    case perform(CounterAction)
    case signOut
}
