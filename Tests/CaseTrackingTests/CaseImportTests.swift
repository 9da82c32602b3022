import Testing
@testable import CaseTracking

@Suite struct CaseImportTests {
    static let header = "receipt_number,procedure_code,owner_name,owner_id,phone,channel,received_at,appointment_date,"
        + "status_code,handling_agency,collect_at,missing_documents,amounts_due,history"

    @Test func goodRowsAreKeptAndBadRowsReportedByLine() {
        let csv = """
            \(Self.header)
            000.00.13.h08 261126 0042,2.000488.000.00.00.H08,Nguyễn Văn An,074090001234,0909 123 456,Trực tiếp,26/11/2026 08:15,2026-12-10,4,STP,"Quầy 1–2",,,2026-11-26 08:15 | ONE_STOP | received || 2026-11-26 09:00 | ONE_STOP | transferred | STP
            not-a-number,2.000488.000.00.00.H08,Lê Văn B,074090001235,,in_person,2026-11-26 08:15,2026-12-10,4,STP,,,,
            000.00.13.H08-261126-0043,9.999999.000.00.00.H08,Lê Văn C,074090001236,,in_person,2026-11-26 08:15,2026-12-10,4,STP,,,,
            000.00.13.H08-261126-0044,2.000488.000.00.00.H08,Lê Văn D,074090001237,,in_person,2026-11-26 08:15,2026-12-10,11,STP,,,,
            "000.00.13.H08-261126-0045",2.000488.000.00.00.H08,"Phạm Thị E",074090001238,,online,2026-11-26,2026-12-10,5,STP,,"Bản sao A; Bản sao B","Lệ phí = 200.000",
            000.00.13.H08-261126-0042,2.000488.000.00.00.H08,Trùng Lặp,074090001239,,in_person,2026-11-26 08:15,2026-12-10,4,STP,,,,
            000.00.13.H08-261126-0046,2.000488.000.00.00.H08,Võ F,074090001240,,by bike,2026-11-26 08:15,2026-12-10,4,STP,,,,
            000.00.13.H08-261126-0047,2.000488.000.00.00.H08,Võ G,074090001241,,post,2026-13-26 08:15,2026-12-10,4,STP,,,,
            000.00.13.H08-261126-0048,2.000488.000.00.00.H08,Võ H,074090001242,,post,2026-11-26 08:15,2026-12-10,4,STP,,,,2026-11-26 | ONE_STOP | flew away
            """
        let result = CaseImport.read(csv: csv, procedureCodes: ["2.000488.000.00.00.H08"])
        #expect(result.cases.map(\.record.receipt.description) == ["000.00.13.H08-261126-0042", "000.00.13.H08-261126-0045"])
        #expect(result.problems.map(\.line) == [3, 4, 5, 7, 8, 9, 10])
        #expect(result.problems.map(\.column) == ["receipt_number", "procedure_code", "status_code", "receipt_number",
                                                  "channel", "received_at", "history"])
        #expect(result.cases[0].owner == CaseOwner(name: "Nguyễn Văn An", idNumber: "074090001234"))
        let first = result.cases[0].record
        #expect(first.channel == .inPerson)
        #expect(first.receivedAt == LocalTime("2026-11-26 08:15"))
        #expect(first.history.map(\.action) == [.received, .transferred])
        #expect(first.history[1].to == "STP")
        let second = result.cases[1].record
        #expect(second.missingDocuments.map(\.vi) == ["Bản sao A", "Bản sao B"])
        #expect(second.amountsDue == [AmountDue(purpose: CaseText(vi: "Lệ phí"), amount: 200000)])
        #expect(result.problems[3].text(file: "x.csv", in: .en) == "x.csv:7: receipt_number: receipt number 000.00.13.H08-261126-0042 repeats line 2")
    }

    @Test func aMissingColumnStopsTheWholeFile() {
        let result = CaseImport.read(csv: "receipt_number,owner_name\n000.00.13.H08-261126-0042,A\n")
        #expect(result.cases.isEmpty)
        #expect(result.problems.count == 1)
        #expect(result.problems[0].message.en.contains("procedure_code"))
    }

    @Test func lineNumbersCountLinesInsideQuotedFields() {
        let csv = """
            \(Self.header)
            000.00.13.H08-261126-0042,2.000488.000.00.00.H08,"Nguyễn
            Văn An",074090001234,,in_person,2026-11-26 08:15,2026-12-10,4,STP,,,,
            bad,2.000488.000.00.00.H08,X,1,,in_person,2026-11-26 08:15,2026-12-10,4,STP,,,,
            """
        let result = CaseImport.read(csv: csv)
        #expect(result.cases.count == 1)
        #expect(result.problems.map(\.line) == [4])
        #expect(result.problems.map(\.column) == ["receipt_number"])
    }

    @Test func reducedCasesKeepOnlyWhatTheScreenShows() {
        let csv = """
            \(Self.header),postal_address
            000.00.13.H08-261126-0042,2.000488.000.00.00.H08,Nguyễn Văn An,074090001234,0909 123 456,post,2026-11-26 08:15,2026-12-10,4,STP,,,,,"Số 12, đường Yersin, phường Phú Cường, Thủ Dầu Một"
            000.00.13.H08-261126-0043,2.000488.000.00.00.H08,Lê Văn B,12,,post,2026-11-26 08:15,2026-12-10,4,STP,,,,,
            """
        let result = CaseImport.read(csv: csv)
        #expect(result.problems.map(\.column) == ["owner_id"], "an ID of fewer than 4 digits cannot be a second factor")
        let key = SecondFactorKey(bytes: [UInt8](repeating: 3, count: 32))
        let kept = result.cases[0].reduced(using: key)
        #expect(kept.maskedName == "Nguyễn V** A*")
        #expect(kept.postalAddress == "…, phường Phú Cường, Thủ Dầu Một")
        #expect(kept.secondFactor == key.digest(receipt: kept.receipt, last4: "1234"))
        #expect(kept.secondFactor != key.digest(receipt: kept.receipt, last4: "1235"))
        let other = SecondFactorKey(bytes: [UInt8](repeating: 4, count: 32))
        #expect(kept.secondFactor != other.digest(receipt: kept.receipt, last4: "1234"), "the key matters")
        let elsewhere = ReceiptNumber(parsing: "000.00.13.H08-261126-0099")!
        #expect(kept.secondFactor != key.digest(receipt: elsewhere, last4: "1234"), "so does the receipt number")
    }

    @Test(arguments: [
        ("Số 12, đường Yersin, phường Phú Cường, Thủ Dầu Một, Bình Dương", "…, phường Phú Cường, Thủ Dầu Một, Bình Dương"),
        ("12 Lê Lợi, P. Chánh Nghĩa, Thủ Dầu Một", "…, P. Chánh Nghĩa, Thủ Dầu Một"),
        ("Tổ 3, ấp 2, xã Tân Định, Bắc Tân Uyên", "…, xã Tân Định, Bắc Tân Uyên"),
        ("45/6 Nguyễn Trãi, Dĩ An, Bình Dương", "…, Dĩ An, Bình Dương"),
        ("Phường Hòa Phú, Thủ Dầu Một", "Phường Hòa Phú, Thủ Dầu Một"), ("12 Yersin, Dĩ An", "…, Dĩ An"),
        ("12 Yersin", "…"),
    ])
    func addressesAreKeptFromTheWardOn(address: String, masked: String) {
        #expect(AddressMask.mask(address) == masked)
    }
}
