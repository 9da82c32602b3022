import Foundation
import KioskConfiguration

/// A time slot a citizen booked online for one queue line: what the hall keeps of it (the code, the line, the
/// day and slot, the name's initials only, so a counter can greet the right person without a name in the hall).
public struct Booking: Sendable, Equatable {
    public var code: BookingCode
    /// The queue line's prefix ("A").
    public var line: String
    /// The procedure's code, when the booking named one.
    public var procedure: String?
    /// The center's local day, "2026-12-07".
    public var day: String
    public var slotStart: Date
    public var slotEnd: Date
    public var initials: String

    public init(code: BookingCode, line: String, procedure: String?, day: String, slotStart: Date, slotEnd: Date,
                initials: String) {
        self.code = code
        self.line = line
        self.procedure = procedure
        self.day = day
        self.slotStart = slotStart
        self.slotEnd = slotEnd
        self.initials = initials
    }
}

/// A booking as the hall's store holds it: used once, by the ticket it became.
public struct StoredBooking: Sendable, Equatable {
    public var booking: Booking
    public var usedAt: Date?

    public init(booking: Booking, usedAt: Date?) {
        self.booking = booking
        self.usedAt = usedAt
    }
}

/// Why a booking code gives no ticket; said to the citizen, who loses nothing by it (a walk-in number is a tap
/// away).
public enum BookingRefusal: Error, Sendable, Equatable {
    /// No booking has this code (mistyped, or made for another center).
    case unknown
    /// The code has been used already today: a code gives one ticket.
    case used(at: Date)
    /// The booking is for another day.
    case otherDay(String)
    /// The booking is for another line than the one asked for (the command line names one).
    case otherLine(String)
}

/// What checking a booking in at `time` gives: a booked ticket (called at its slot), or, too late, a walk-in
/// one (the citizen is told so); or a refusal.
public enum BookingCheckIn: Sendable, Equatable {
    case onTime
    case late
}

extension StoredBooking {
    /// Checks the booking in on `day` at `time` under `policy`: once only, on its day, no later than the grace.
    public func checkIn(day: String, at time: Date, expectedLine: String?, policy: QueuePolicy) -> Result<BookingCheckIn, BookingRefusal> {
        if let used = usedAt { return .failure(.used(at: used)) }
        guard booking.day == day else { return .failure(.otherDay(booking.day)) }
        if let expectedLine, expectedLine != booking.line { return .failure(.otherLine(booking.line)) }
        return .success(time.timeIntervalSince(booking.slotStart) > policy.bookingLateness ? .late : .onTime)
    }
}
