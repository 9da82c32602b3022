import CaseTracking
import Foundation
import KioskGrid
import ProcedureCatalog
import QueueTickets

/// The citizen's side of a counter (`kiosk counter --citizen --counter N`): a small touch screen facing the
/// citizen, showing the counter, the officer and the number served; when the officer finishes a service it asks
/// the one question of the national form about the officer's attitude, and on "Chưa hài lòng" one tap of why;
/// then thanks, and back to waiting. One rating per service (its id is made from the service, so a second is
/// ignored by the store); nothing is kept when nobody answers within a minute; the first service seen when the
/// screen starts is not asked about (it ended before).
public struct CounterCitizen: Sendable {
    public let counter: Int
    public let kiosk: String
    public let timeZone: TimeZone
    /// How long the question waits for an answer.
    public static let answerWithin: TimeInterval = 60
    public static let thanksFor: TimeInterval = 6

    public init(counter: Int, kiosk: String, timeZone: TimeZone) {
        self.counter = counter
        self.kiosk = kiosk
        self.timeZone = timeZone
    }

    public func initialState(language: Language, size: Size, now: Date) -> CounterCitizenState {
        CounterCitizenState(language: language, size: size, now: now)
    }

    public func update(_ state: inout CounterCitizenState, _ event: CounterCitizenEvent) -> [CounterCitizenEffect] {
        switch event {
        case .resize(let size):
            state.size = size
        case .tick(let now):
            state.now = now
            switch state.phase {
            case .question(_, let asked) where now.timeIntervalSince(asked) >= Self.answerWithin:
                state.phase = .waiting
            case .why(let service, let asked) where now.timeIntervalSince(asked) >= Self.answerWithin:
                // They answered the question: it is kept, without a reason.
                state.phase = .thanks(now)
                return [.save(rating(service, .displeased, complaint: nil, state))]
            case .thanks(let shown) where now.timeIntervalSince(shown) >= Self.thanksFor:
                state.phase = .waiting
            default: break
            }
        case .status(let status):
            state.away = false
            return seen(status, &state)
        case .unreachable:
            state.away = true
        case .click(let x, let y):
            guard let action = view(state).action(atX: x, y: y) else { return [] }
            return tapped(action, &state)
        case .key(let key):
            guard case .character(let c) = key, let digit = c.wholeNumberValue else { return [] }
            return tapped(.open(digit - 1), &state)
        }
        return []
    }

    /// A new status: a service that has just ended (not one ended before the screen started) is asked about.
    private func seen(_ status: CounterStatus, _ state: inout CounterCitizenState) -> [CounterCitizenEffect] {
        let first = state.status == nil
        defer { state.status = status }
        guard let ticket = status.current, ticket.state == .finished else { return [] }
        let key = Service.key(of: ticket)
        // What ended before the screen's first reading, whoever was signed in then, is not asked about.
        if first {
            state.asked.insert(key)
            return []
        }
        guard state.asked.insert(key).inserted, let officer = status.officer else { return [] }
        state.phase = .question(Service(ticket: ticket, officer: officer), asked: state.now)
        return []
    }

    private func tapped(_ action: Action, _ state: inout CounterCitizenState) -> [CounterCitizenEffect] {
        if action == .toggleLanguage {
            state.language = state.language == .vi ? .en : .vi
            return []
        }
        guard case .open(let choice) = action else { return [] }
        switch state.phase {
        case .question(let service, _):
            guard CounterCitizenView.answers.indices.contains(choice) else { return [] }
            let answer = CounterCitizenView.answers[choice]
            if answer == .displeased {
                state.phase = .why(service, asked: state.now)
                return []
            }
            state.phase = .thanks(state.now)
            return [.save(rating(service, answer, complaint: nil, state))]
        case .why(let service, _):
            guard Complaint.allCases.indices.contains(choice) else { return [] }
            state.phase = .thanks(state.now)
            return [.save(rating(service, .displeased, complaint: Complaint.allCases[choice], state))]
        default:
            return []
        }
    }

    /// The rating of one service: the officer's attitude (indicator 7), tied to ticket, counter, officer and
    /// case; its id made from the service, the same however often it is sent.
    func rating(_ service: Service, _ answer: Satisfaction, complaint: Complaint?, _ state: CounterCitizenState) -> Rating {
        let ticket = service.ticket
        return Rating(id: ServiceID.uuid("\(counter)|\(service.key)"), kind: .counter,
                      receipt: ticket.receipt.flatMap(ReceiptNumber.init(parsing:)), counter: String(counter),
                      officer: service.officer.staffNumber.text, ticket: ticket.number.description, kiosk: kiosk,
                      answers: [.attitude: answer.rawValue], complaints: complaint.map { [$0] } ?? [], time: state.now)
    }

    public func view(_ state: CounterCitizenState) -> Frame {
        CounterCitizenView(citizen: self, state: state).render()
    }
}

/// One service at the counter: the ticket as it ended, and who served it.
public struct Service: Equatable, Sendable {
    public var ticket: CounterTicket
    public var officer: Officer

    /// The ticket and when it ended: the same service however often the screen reads it.
    var key: String { Self.key(of: ticket) }

    static func key(of ticket: CounterTicket) -> String {
        "\(ticket.number)|\(Int((ticket.finishedAt ?? ticket.takenAt).timeIntervalSince1970))"
    }
}

public struct CounterCitizenState: Equatable, Sendable {
    public var language: Language
    public var size: Size
    public var now: Date
    public var status: CounterStatus?
    public var away = false
    public var phase = Phase.waiting
    /// The services already asked about (or ended before the screen started).
    var asked: Set<String> = []

    public enum Phase: Equatable, Sendable {
        case waiting
        case question(Service, asked: Date)
        case why(Service, asked: Date)
        case thanks(Date)
    }

    init(language: Language, size: Size, now: Date) {
        self.language = language
        self.size = size
        self.now = now
    }
}

public enum CounterCitizenEvent: Equatable, Sendable {
    case status(CounterStatus)
    case unreachable
    case click(x: Int, y: Int)
    case key(Key)
    case tick(Date)
    case resize(Size)
}

public enum CounterCitizenEffect: Equatable, Sendable {
    case save(Rating)
}

/// A UUID made from a text (two 64-bit FNV-1a hashes): an idempotency key, not a secret.
enum ServiceID {
    static func uuid(_ text: String) -> UUID {
        func fnv(_ seed: UInt64) -> UInt64 {
            var hash = seed
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100000001b3
            }
            return hash
        }
        let (a, b) = (fnv(0xcbf29ce484222325), fnv(0x84222325cbf29ce4))
        var bytes = withUnsafeBytes(of: a.bigEndian, Array.init) + withUnsafeBytes(of: b.bigEndian, Array.init)
        bytes[6] = (bytes[6] & 0x0F) | 0x50  // version 5's place: a name-based UUID
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8],
                           bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}
