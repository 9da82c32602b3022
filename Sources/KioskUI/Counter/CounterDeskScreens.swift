import CaseTracking
import Foundation
import KioskGrid
import ProcedureCatalog
import QueueTickets

/// What the terminal tells the officer, one at a time.
public enum DeskMessage: Equatable, Sendable {
    case signedOutIdle
    case signedOutElsewhere
    case signIn(SignInOutcome)
    case refused(CounterRefusal)
    case unreachable(String)
    case badStaffNumber
    case badReceipt
}

/// The sign-in: the staff number, then the PIN (shown as dots, dropped once sent).
public struct SignInForm: Equatable, Sendable {
    var staff = ""
    var pin = ""
    var onPIN = false
    var message: DeskMessage?
    /// Sent, waiting for the store's answer.
    var waiting = false

    init(message: DeskMessage? = nil) {
        self.message = message
    }

    mutating func handle(_ key: Key) -> [CounterDeskEffect] {
        guard !waiting else { return [] }
        switch key {
        case .character(let c) where !onPIN && (c.isLetter || c.isNumber || c == "-") && c.isASCII && staff.count < 16:
            staff.append(contentsOf: c.uppercased())
            message = nil
        case .character(let c) where onPIN && c.isASCII && c.isNumber && pin.count < 12:
            pin.append(c)
        case .backspace:
            if onPIN { if pin.isEmpty { onPIN = false } else { pin.removeLast() } } else if !staff.isEmpty { staff.removeLast() }
        case .escape:
            self = SignInForm()
        case .enter, .tab:
            guard onPIN else {
                guard StaffNumber(staff) != nil else {
                    message = .badStaffNumber
                    return []
                }
                onPIN = true
                return []
            }
            guard key == .enter, let number = StaffNumber(staff) else { return [] }
            let typed = pin
            pin = ""
            waiting = true
            message = nil
            return [.signIn(number, pin: typed)]
        default:
            break
        }
        return []
    }
}

/// The desk after sign-in: the counter as the store last said, and what the officer is choosing now.
public struct DeskScreen: Equatable, Sendable {
    public enum Mode: Equatable, Sendable {
        case actions
        /// Why the counter pauses.
        case pause(selected: Int)
        /// Which line the ticket moves to.
        case transfer(selected: Int)
        /// The receipt number of the case received (optional) before finishing.
        case receipt(String)
        /// Which held ticket comes back.
        case takeBack(selected: Int)
    }

    public let officer: Officer
    public var status: CounterStatus?
    public var mode = Mode.actions
    public var message: DeskMessage?
    /// Why the store did not answer the last read, while it does not.
    public var away: String?
    /// An action sent, waiting for its answer: no other is sent meanwhile.
    public var waiting = false

    init(officer: Officer) {
        self.officer = officer
    }

    /// The desk's keys, in the footer's order, with what they do (a key not here does nothing).
    static let actionKeys: [(key: Key, label: LocalizedText)] = [
        (.function(1), LocalizedText(vi: "Gọi số tiếp", en: "Call next")), (.function(2), LocalizedText(vi: "Gọi lại", en: "Recall")),
        (.function(3), LocalizedText(vi: "Vắng mặt", en: "Absent")), (.function(4), LocalizedText(vi: "Bắt đầu", en: "Start")),
        (.function(5), LocalizedText(vi: "Kết thúc", en: "Finish")), (.function(6), LocalizedText(vi: "Tạm giữ", en: "Hold")),
        (.function(7), LocalizedText(vi: "Lấy lại", en: "Take back")), (.function(8), LocalizedText(vi: "Chuyển hàng", en: "Transfer")),
        (.function(9), LocalizedText(vi: "Tạm dừng", en: "Pause")), (.function(10), LocalizedText(vi: "Đăng xuất", en: "Sign out")),
    ]

    mutating func handle(_ key: Key, counter desk: CounterDesk) -> [CounterDeskEffect] {
        switch mode {
        case .actions: return action(key, desk)
        case .pause(let selected):
            return choose(key, selected: selected, count: PauseReason.allCases.count, mode: { .pause(selected: $0) }) {
                [.perform(.pause(PauseReason.allCases[$0]))]
            }
        case .transfer(let selected):
            let targets = transferTargets(desk)
            return choose(key, selected: selected, count: targets.count, mode: { .transfer(selected: $0) }) {
                [.perform(.transfer(toLine: targets[$0]))]
            }
        case .takeBack(let selected):
            let held = status?.held ?? []
            return choose(key, selected: selected, count: held.count, mode: { .takeBack(selected: $0) }) {
                [.perform(.takeBack(held[$0].number))]
            }
        case .receipt(var text):
            switch key {
            case .escape:
                mode = .actions
            case .backspace:
                if !text.isEmpty { text.removeLast() }
                mode = .receipt(text)
            case .character(let c) where c.isASCII && !c.isWhitespace && text.count < 40:
                text.append(contentsOf: c.uppercased())
                mode = .receipt(text)
            case .enter:
                if text.isEmpty { return send(.finish(receipt: nil)) }
                guard let receipt = ReceiptNumber(parsing: text) else {
                    message = .badReceipt
                    return []
                }
                return send(.finish(receipt: receipt.description))
            default:
                break
            }
            return []
        }
    }

    private mutating func action(_ key: Key, _ desk: CounterDesk) -> [CounterDeskEffect] {
        switch key {
        case .function(1): return send(.callNext)
        case .function(2): return send(.recall)
        case .function(3): return send(.absent)
        case .function(4): return send(.startService)
        case .function(5):
            mode = .receipt("")
            message = nil
        case .function(6): return send(.hold)
        case .function(7):
            guard !(status?.held.isEmpty ?? true) else {
                message = .refused(.noTicket)
                return []
            }
            mode = .takeBack(selected: 0)
        case .function(8):
            mode = .transfer(selected: 0)
        case .function(9):
            if status?.paused != nil { return send(.resume) }
            mode = .pause(selected: 0)
        case .function(10):
            return [.signOut]
        default:
            break
        }
        return []
    }

    /// A list of choices: ↑↓ and Enter (or the row's digit), Esc back to the actions.
    private mutating func choose(_ key: Key, selected: Int, count: Int, mode make: (Int) -> Mode,
                                 then effects: (Int) -> [CounterDeskEffect]) -> [CounterDeskEffect] {
        switch key {
        case .up: mode = make(max(0, selected - 1))
        case .down: mode = make(min(max(0, count - 1), selected + 1))
        case .escape: mode = .actions
        case .enter where (0 ..< count).contains(selected):
            mode = .actions
            return sendAll(effects(selected))
        case .character(let c):
            guard let digit = c.wholeNumberValue, c.isASCII, (1 ... count).contains(digit) else { return [] }
            mode = .actions
            return sendAll(effects(digit - 1))
        default: break
        }
        return []
    }

    /// Every line but the ticket's own.
    func transferTargets(_ desk: CounterDesk) -> [String] {
        desk.allLines.filter { $0 != status?.current?.line }
    }

    private mutating func send(_ action: CounterAction) -> [CounterDeskEffect] {
        sendAll([.perform(action)])
    }

    private mutating func sendAll(_ effects: [CounterDeskEffect]) -> [CounterDeskEffect] {
        guard !waiting else { return [] }
        mode = .actions
        waiting = true
        message = nil
        return effects
    }
}
