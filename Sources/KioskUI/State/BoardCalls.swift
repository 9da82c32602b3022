import Foundation
import KioskSpeech
import ProcedureCatalog
import QueueTickets

/// What the hall's board says aloud: each call (a new number at a counter, or the same number called again)
/// found by comparing the board read now with the one before, oldest first; and its words, a call twice over
/// after a chime, in Vietnamese and then, where the hall wants it, English. The board that is read first is
/// only shown: what was called before the board started is not called again.
public struct BoardCalls: Sendable {
    public let english: Bool
    private var last: [Int: CalledTicket]?

    public init(english: Bool) {
        self.english = english
    }

    /// The calls made since the board read before, in the order they were made.
    public mutating func calls(in board: QueueBoard) -> [CalledTicket] {
        let now = Dictionary(board.serving.map { ($0.counter, $0) }, uniquingKeysWith: { $1 })
        defer { last = now }
        guard let last else { return [] }
        return board.serving.filter { last[$0.counter] != $0 }.sorted { $0.calledAt < $1.calledAt }
    }

    /// One call's words in a language: "Mời số a mười lăm đến quầy số ba".
    public static func words(_ call: CalledTicket, _ language: Language) -> String {
        let number = SpokenText.ticket(prefix: call.number.prefix, sequence: call.number.sequence, language)
        let counter = SpokenNumber.cardinal(call.counter, language)
        return language == .vi ? "Mời số \(number) đến quầy số \(counter)" : "Number \(number), please go to counter \(counter)"
    }

    /// What a call is, heard: the chime, then its words (Vietnamese, then English if wanted), all of it twice.
    public func utterances(_ call: CalledTicket, volume: SpeechLevel) -> [Utterance] {
        let once = [Utterance(Self.words(call, .vi), .vi, volume: volume)]
            + (english ? [Utterance(Self.words(call, .en), .en, volume: volume)] : [])
        return once + once
    }
}
