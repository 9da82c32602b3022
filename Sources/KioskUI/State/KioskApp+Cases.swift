import CaseTracking
import Foundation

/// The case look-up: the receipt number, the second factor, and the answer. How many failures are allowed is
/// the case store's to count (`CaseLookup`), so that neither the idle reset nor a restart clears it.
extension KioskApp {
    /// How long a receipt number or the ID digits may get as typed.
    static let receiptInputLimit = 40

    func caseKeypad(_ character: Character, _ state: inout KioskState) {
        state.caseMessage = nil
        switch state.screen {
        case .caseEntry:
            guard state.receiptInput.count < Self.receiptInputLimit else { return }
            state.receiptInput.append(contentsOf: character.uppercased())
        case .caseFactor:
            guard state.factorInput.count < 4, character.isASCII, character.isNumber else { return }
            state.factorInput.append(character)
        case .staffPIN:
            guard state.pinInput.count < 12, character.isASCII, character.isNumber else { return }
            state.pinInput.append(character)
        default:
            break
        }
    }

    func caseErase(_ state: inout KioskState) {
        state.caseMessage = nil
        switch state.screen {
        case .caseEntry: if !state.receiptInput.isEmpty { state.receiptInput.removeLast() }
        case .caseFactor: if !state.factorInput.isEmpty { state.factorInput.removeLast() }
        case .staffPIN: if !state.pinInput.isEmpty { state.pinInput.removeLast() }
        default: break
        }
    }

    /// OK on the receipt number: check its form, then ask for the ID digits (or look up at once).
    func caseOK(_ state: inout KioskState) -> [Effect] {
        switch state.screen {
        case .caseEntry:
            guard let receipt = ReceiptNumber(parsing: state.receiptInput) else {
                state.caseMessage = .notAReceiptNumber
                return [.usage(.lookup(.malformed))]
            }
            state.receipt = receipt
            state.receiptInput = receipt.description
            state.caseMessage = nil
            if caseSecondFactor {
                state.push(.caseFactor)
                return []
            }
            return [.lookUpCase(receipt, idLast4: nil)]
        case .caseFactor:
            guard let receipt = state.receipt else { return [] }
            guard state.factorInput.count == 4 else {
                state.caseMessage = .needFourDigits
                return []
            }
            return [.lookUpCase(receipt, idLast4: state.factorInput)]
        case .staffPIN:
            return checkStaffPIN(&state)
        default:
            return []
        }
    }

    func lookedUp(_ outcome: LookupOutcome, _ state: inout KioskState) {
        guard state.screen == .caseEntry || state.screen == .caseFactor else { return }  // the citizen left
        switch outcome {
        case .found(let record):
            state.caseMessage = nil
            state.caseRecord = record
            state.push(.caseResult)
        case .notFound(let then):
            state.factorInput = ""
            state.caseMessage = CaseMessage(then) ?? .notFound
        case .refused(let verdict):
            state.factorInput = ""
            state.caseMessage = CaseMessage(verdict) ?? .notFound
        case .unavailable:
            state.caseMessage = .unavailable
        }
    }

    /// A scanned receipt number jumps to the look-up from any screen, as if typed and confirmed.
    func scanned(_ text: String, _ state: inout KioskState) -> [Effect] {
        guard let receipt = ReceiptNumber(parsing: text) else { return [] }
        state.query = ""
        state.results = []
        state.replaceStack([.caseEntry])
        state.receiptInput = receipt.description
        return caseOK(&state)
    }
}
