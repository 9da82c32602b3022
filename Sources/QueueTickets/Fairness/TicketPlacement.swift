import Foundation
import KioskConfiguration
import ProcedureCatalog

/// Where a request's ticket goes and what kind it is, before it is numbered: a walk-in's line as asked; a
/// booking's line from the booking, booked when on time, a walk-in (priority if declared) when late. Pure,
/// so both stores refuse and accept the same codes.
public struct TicketPlacement: Sendable, Equatable {
    public var line: QueueLine
    public var procedure: String?
    public var kind: TicketKind
    public var priorityGroup: String?
    public var slot: BookingSlot?
    public var lateBooking: Bool
    /// The booking this ticket uses up.
    public var booking: BookingCode?

    /// `stored`: the booking the request's code names, as the store holds it (nil when none).
    public static func place(_ request: TicketRequest, stored: StoredBooking?, day: String, at time: Date,
                             policy: QueuePolicy) throws(BookingRefusal) -> TicketPlacement
    {
        switch request.source {
        case .walkIn(let line, let procedure):
            return TicketPlacement(line: line, procedure: procedure, kind: request.walkInKind,
                                   priorityGroup: request.priority, slot: nil, lateBooking: false, booking: nil)
        case .booking(_, let lines, let expected):
            guard let stored, let line = lines.first(where: { $0.prefix == stored.booking.line }) else { throw .unknown }
            let booking = stored.booking
            let checked = stored.checkIn(day: day, at: time, expectedLine: expected, policy: policy)
            let slot = BookingSlot(start: booking.slotStart, end: booking.slotEnd)
            switch checked {
            case .failure(let refusal): throw refusal
            case .success(.onTime):
                return TicketPlacement(line: line, procedure: booking.procedure, kind: .booked, priorityGroup: nil, slot: slot,
                                       lateBooking: false, booking: booking.code)
            case .success(.late):
                return TicketPlacement(line: line, procedure: booking.procedure, kind: request.walkInKind,
                                       priorityGroup: request.priority, slot: slot, lateBooking: true, booking: booking.code)
            }
        }
    }

    /// The booking code a request names, if any.
    public static func code(of request: TicketRequest) -> BookingCode? {
        if case .booking(let code, _, _) = request.source { return code }
        return nil
    }

    /// The slot start the store keeps for calling (booked tickets only).
    public var callSlot: Date? { kind == .booked ? slot?.start : nil }
}
