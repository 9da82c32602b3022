import CaseTracking
import FeePayment
import Foundation
import KioskPrinting
import KioskSpeech
import ProcedureCatalog
import QueueTickets

/// What the state machine asks the outside world to do after an event.
public enum Effect: Equatable, Sendable {
    /// Staff ended the program with the exit chord.
    case quit
    /// The exit chord was pressed: read the wrong staff PINs on record (`kiosk staff unlock` may have cleared
    /// them since); the answer comes back as `KioskEvent.staffExitChecked`.
    case checkStaffExit
    /// A wrong staff PIN was typed at this time: add it to the record and log it (never the digits); the
    /// answer comes back as `KioskEvent.staffPINRecorded`.
    case recordWrongStaffPIN(at: Date)
    /// The right staff PIN: clear the record of wrong ones (`quit` follows).
    case staffPINAccepted
    /// Keep a citizen's rating (in the case database, else in the outbox until it can be).
    case saveRating(Rating)
    /// Find the case's earlier rating; the answer comes back as `KioskEvent.caseRatingFound`.
    case findCaseRating(ReceiptNumber)
    /// The ratings given since then (the staff summary); the answer comes back as `KioskEvent.ratingsLoaded`.
    case loadRatings(since: Date)
    /// Lift a receipt number's look-up lock (staff, after checking the papers); answered by `receiptUnlocked`.
    case unlockReceipt(ReceiptNumber)
    /// Look up a case; the answer comes back as `KioskEvent.caseLookedUp`.
    case lookUpCase(ReceiptNumber, idLast4: String?)
    /// Something to count for the anonymous usage statistics.
    case usage(UsageEvent)
    /// A search ended: kept in the search log (`kiosk search report`).
    case logSearch(SearchEnded)
    /// Issue the queue's next number (with the procedure's code when taken from one); the answer comes back as
    /// `KioskEvent.ticketTaken`.
    case takeTicket(TicketRequest)
    /// Send a printout to the receipt printer; the answer comes back as `KioskEvent.printed`.
    case print(Printout)
    /// Say this (words with no digit in them: `SpokenText`) in the screen's language, at the citizen's volume
    /// and rate, cutting what was being said.
    case speak(Utterance)
    /// Stop speaking at once (a key was pressed, speech was turned off).
    case stopSpeaking
    /// A case owes fees but no payment code may be shown for them: logged for the operator (no personal data).
    case paymentWithheld(PaymentWithheld)
}

/// Why a case's fees got no payment code, as the log says it: the reason, the total, the agency.
public struct PaymentWithheld: Equatable, Sendable {
    public let reason: String
    public let total: Int?
    public let agency: String

    /// nil for the reasons that are no fault (nothing owed; an agency without an account, which the catalog says).
    init?(_ reason: CasePayment.NoCode, agency: String) {
        switch reason {
        case .nothingDue, .noAccount, .transferSent, .transferShort: return nil
        case .zero: (self.reason, total) = ("zero", 0)
        case .overCeiling(let amount, _): (self.reason, total) = ("over_ceiling", amount)
        case .purposeTooLong: (self.reason, total) = ("purpose_too_long", nil)
        case .unknownBank(let bin): (self.reason, total) = ("unknown_bank \(bin)", nil)
        }
        self.agency = agency
    }
}

/// What the usage statistics count. Nothing personal: a search is counted only when it found nothing.
public enum UsageEvent: Equatable, Sendable {
    /// A search the citizen gave up on with no result (the query as typed).
    case searchWithoutResult(String)
    /// A procedure was opened (its code).
    case viewed(String)
    /// A case look-up ended.
    case lookup(LookupTally)
}
