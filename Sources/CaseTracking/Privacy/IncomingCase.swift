/// Who a case belongs to, as an import or the demo file gives it. It never reaches the case database: the
/// kiosk keeps only what its screen shows (the masked name) and a keyed hash of the ID's last 4 digits.
public struct CaseOwner: Hashable, Sendable {
    public var name: String
    /// The ID number (CCCD), 12 digits.
    public var idNumber: String

    public init(name: String, idNumber: String) {
        self.name = name
        self.idNumber = idNumber
    }

    /// The last 4 digits of the ID number: what the second factor must match.
    public var idLast4: String {
        String(idNumber.filter { $0.isASCII && $0.isNumber }.suffix(4))
    }
}

/// A case as it arrives from a one-door export or the demo file, before the kiosk reduces it.
public struct IncomingCase: Hashable, Sendable {
    /// Everything but the owner; its postal address may still be whole.
    public var record: CaseRecord
    public var owner: CaseOwner

    public init(record: CaseRecord, owner: CaseOwner) {
        self.record = record
        self.owner = owner
    }

    /// What the case database may hold: the name masked as the screen shows it, the address from the ward on,
    /// the second factor as a keyed hash. The full ID number and the phone go no further than this.
    public func reduced(using key: SecondFactorKey) -> CaseRecord {
        var kept = record
        kept.maskedName = NameMask.mask(owner.name)
        kept.postalAddress = record.postalAddress.map(AddressMask.mask)
        kept.secondFactor = key.digest(receipt: record.receipt, last4: owner.idLast4)
        return kept
    }
}
