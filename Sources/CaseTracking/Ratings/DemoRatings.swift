import Foundation
import ProcedureCatalog

/// A realistic spread of ratings for showing the report on day one (`kiosk ratings seed-demo`): every one
/// marked demo, removed by `kiosk ratings clear-demo`. The same seed gives the same ratings. Agencies differ on
/// purpose (some well above the goal, some below), so the report has something to point at.
public enum DemoRatings {
    public static func make(catalog: Catalog, kiosk: String, until end: Date, days: Int = 180, perDay: Int = 6,
                            seed: UInt64 = 2026) -> [Rating] {
        var random = SplitMix64(seed: seed)
        // Rated at the center: procedures the catalog holds in full, with an agency it lists.
        let procedures = catalog.procedures.compactMap { procedure in
            procedure.agency.map { (procedure, agency: $0) }
        }.filter { !$0.0.isInformationOnly }
        guard !procedures.isEmpty else { return [] }
        var ratings: [Rating] = []
        for day in 0 ..< days {
            for _ in 0 ..< perDay {
                let (procedure, agency) = procedures[random.below(procedures.count)]
                let time = end.addingTimeInterval(-Double(day) * 86400 - Double(random.below(8 * 3600)) - 3600)
                // Each agency's own share of satisfied citizens, from 70% to 99%.
                let agencyShare = 0.70 + Double(abs(agency.hashValueStable) % 30) / 100
                let satisfied = random.unit() < agencyShare
                let overall: Satisfaction = satisfied ? (random.unit() < 0.6 ? .veryPleased : .pleased) : .displeased
                let counter = catalog.agency(agency)?.counter?.vi
                // Some at the agency's counters, rating the officer who served (a demo officer per counter).
                if random.unit() < 0.3, let number = catalog.agency(agency)?.queue?.counters.first {
                    ratings.append(Rating(id: random.uuid(), kind: .counter, agency: agency, counter: String(number),
                                          officer: "DEMO-\(number)", ticket: nil, kiosk: kiosk,
                                          answers: [.attitude: overall.rawValue],
                                          complaints: satisfied ? [] : [random.complaint()], time: time, demo: true))
                    continue
                }
                if random.unit() < 0.3 {
                    ratings.append(Rating(id: random.uuid(), kind: .quick, agency: agency, counter: counter,
                                          kiosk: kiosk, answers: [.attitude: overall.rawValue],
                                          complaints: satisfied ? [] : [random.complaint()], time: time, demo: true))
                    continue
                }
                var answers: [Indicator: Int] = [.overall: overall.rawValue]
                for indicator in Indicator.allCases where indicator != .overall {
                    answers[indicator] = satisfied ? (random.unit() < 0.8 ? 2 : 1) : random.below(2)
                }
                ratings.append(Rating(id: random.uuid(), kind: .caseForm, procedureCode: procedure.code.description,
                                      agency: agency, field: procedure.field, counter: counter, kiosk: kiosk,
                                      answers: answers, complaints: satisfied ? [] : [random.complaint()], time: time,
                                      demo: true))
            }
        }
        return ratings
    }
}

extension SplitMix64 {
    mutating func complaint() -> Complaint { Complaint.allCases[below(Complaint.allCases.count)] }
}

extension String {
    /// A hash that is the same in every run (Swift's `hashValue` is seeded per process).
    var hashValueStable: Int {
        Int(truncatingIfNeeded: utf8.reduce(UInt64(1_469_598_103_934_665_603)) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 } >> 1)
    }
}
