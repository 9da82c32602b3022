import Foundation

/// A check number over everything a case row and its history hold, stored with the row: a page of the file
/// damaged under an existing case (a failing disk, a bad copy) changes what the row reads as, and SQLite does
/// not see damage inside a row's bytes. A row whose check does not match answers "unavailable", never a wrong
/// case, nor "wrong digits" (the second factor's bytes damaged), which would count against the citizen.
/// FNV-1a, 64 bits: it finds damage, not forgery (whoever can write the file can write the check too).
extension CaseColumns {
    public var rowCheck: Int64 {
        var hash = FNV1a()
        hash.add(receipt)
        hash.add(procedureCode)
        hash.add(maskedName)
        hash.add(secondFactor.map { [UInt8]($0) })
        hash.add(channel)
        for text in [submittedAt, receivedAt, appointment, finishedAt, returnedAt] { hash.add(text) }
        hash.add(String(status))
        hash.add(handlingAgency)
        hash.add(collectAt)
        hash.add(postalAddress)
        hash.add(missingDocuments)
        hash.add(amountsDue)
        hash.add(isDemo ? "1" : "0")
        for step in history {
            for text in [step.time, step.from, step.action, step.to, step.note] { hash.add(text) }
        }
        return Int64(bitPattern: hash.value)
    }
}

/// 64-bit FNV-1a over length-prefixed fields, so that no two different rows run their bytes together alike.
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String?) {
        add(text.map { Array($0.utf8) })
    }

    mutating func add(_ bytes: [UInt8]?) {
        guard let bytes else {
            byte(0xFF)
            return
        }
        for shift in stride(from: 0, to: 64, by: 8) { byte(UInt8(truncatingIfNeeded: bytes.count >> shift)) }
        for value in bytes { byte(value) }
    }

    private mutating func byte(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
}
