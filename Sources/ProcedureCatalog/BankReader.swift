import Foundation

extension CatalogLoader {
    /// `banks.yaml`, optional: the banks an agency's account may be at (none without the file).
    static func readBanks(_ path: String, problems: inout [CatalogProblem]) -> [Bank]? {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        guard let banks = readFile(path, problems: &problems, { $0.records("banks", readBank) }) ?? nil else { return nil }
        reportDuplicates(banks, field: "bin", key: \.bin, problems: &problems)
        return banks.map(\.value)
    }

    private static func readBank(_ object: YAMLObject) -> Located<Bank>? {
        let bin = object.string("bin")
        let short = object.string("short")
        let name = object.string("name")
        if let bin, !Bank.isValidBIN(bin) {
            object.log.report(.notAllowed(bin, allowed: ["6 digits"]), at: object.node("bin"), field: object.keyPath("bin"))
            return nil
        }
        guard let bin, let short, let name else { return nil }
        return Located(Bank(bin: bin, shortName: short, name: name), object: object)
    }

    /// `account: {bin: "970405", number: "3100201001234", holder: "…"}`: a BIN of 6 digits, a number VietQR can
    /// carry, a holder's name.
    static func readAccount(_ object: YAMLObject) -> CollectingAccount? {
        let bin = object.string("bin")
        let number = object.string("number")
        let holder = object.string("holder")
        var ok = true
        if let bin, !Bank.isValidBIN(bin) {
            object.log.report(.notAllowed(bin, allowed: ["6 digits"]), at: object.node("bin"), field: object.keyPath("bin"))
            ok = false
        }
        if let number, !CollectingAccount.isValidNumber(number) {
            object.log.report(.notAllowed(number, allowed: ["1–19 letters or digits"]), at: object.node("number"),
                              field: object.keyPath("number"))
            ok = false
        }
        guard ok, let bin, let number, let holder else { return nil }
        return CollectingAccount(bin: bin, number: number, holder: holder)
    }

    /// Every agency's account at a bank of banks.yaml.
    static func checkAccounts(_ agencies: [Located<Agency>], banks: [Bank], problems: inout [CatalogProblem]) {
        let known = Set(banks.map(\.bin))
        for agency in agencies {
            guard let account = agency.value.account, !known.contains(account.bin) else { continue }
            problems.append(CatalogProblem(location: agency.location, procedure: nil, field: "\(agency.path).account.bin",
                                           kind: .notAllowed(account.bin, allowed: ["a BIN of banks.yaml"])))
        }
    }
}
