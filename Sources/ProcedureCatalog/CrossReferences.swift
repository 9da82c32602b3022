/// Checks what no single record can: unique keys and codes, and that every level, field and agency a record
/// names is declared.
enum CrossReferences {
    /// A list that failed to load (nil) is not checked against: its own problems are already reported, and every
    /// reference to it would only repeat them.
    static func check(
        levels: [Located<Level>]?, nationalLevels: [Located<NationalLevel>], fields: [Located<Field>]?, agencies: [Located<Agency>]?,
        procedures: [Located<Procedure>], references: [ProcedureReader.References], proceduresFolder: String,
        problems: inout [CatalogProblem]
    ) {
        let levelIDs = levels.map { unique($0, key: \.id, field: "id", problems: &problems) }
        let fieldIDs = fields.map { unique($0, key: \.id, field: "code", problems: &problems) }
        let agencyIDs = agencies.map { unique($0, key: \.id, field: "id", problems: &problems) }
        _ = unique(procedures, key: \.code.description, field: "code", procedure: { $0.code.description },
                   problems: &problems)

        if let agencies { checkQueues(agencies, problems: &problems) }
        if let levelIDs {
            for row in nationalLevels where !levelIDs.contains(row.value.level) {
                problems.append(CatalogProblem(
                    location: row.location, procedure: nil, field: "\(row.path).level",
                    kind: .unknownReference(.level, row.value.level)))
            }
            for agency in agencies ?? [] where !levelIDs.contains(agency.value.level) {
                problems.append(CatalogProblem(
                    location: agency.location, procedure: nil, field: "\(agency.path).level",
                    kind: .unknownReference(.level, agency.value.level)))
            }
        }
        for entry in references {
            func report(_ field: String, _ kind: CatalogProblem.ReferenceKind, _ value: String) {
                problems.append(CatalogProblem(
                    location: entry.location, procedure: entry.code, field: field, kind: .unknownReference(kind, value)))
            }
            if let levelIDs {
                for (index, level) in entry.levels.enumerated() where !levelIDs.contains(level) {
                    report("levels[\(index)]", .level, level)
                }
            }
            if let fieldIDs, let field = entry.field, !fieldIDs.contains(field) { report("field", .field, field) }
            if let agencyIDs, let agency = entry.agency, !agencyIDs.contains(agency) {
                report("agency", .agency, agency)
            }
        }
        for entry in procedures {
            let procedure = entry.value
            var kinds: [Channel.Kind: Int] = [:]
            for (index, channel) in procedure.channels.enumerated() {
                if let first = kinds[channel.kind] {
                    problems.append(CatalogProblem(
                        location: entry.location, procedure: procedure.code.description,
                        field: "channels[\(index)].kind",
                        kind: .duplicate(firstAt: FileLocation(file: "channels[\(first)]"))))
                }
                kinds[channel.kind] = index
            }
        }
        if references.isEmpty && !problems.contains(where: { $0.location.file.hasPrefix(proceduresFolder) }) {
            problems.append(CatalogProblem(
                location: FileLocation(file: proceduresFolder), procedure: nil, field: "", kind: .noProcedures))
        }
    }

    /// The set of keys, reporting each repeated one against its first occurrence.
    private static func unique<T>(
        _ items: [Located<T>], key: (T) -> String, field: String, procedure: ((T) -> String)? = nil,
        problems: inout [CatalogProblem]
    ) -> Set<String> {
        var seen: [String: FileLocation] = [:]
        for item in items {
            let value = key(item.value)
            if let first = seen[value] {
                let path = item.path.isEmpty ? field : "\(item.path).\(field)"
                problems.append(CatalogProblem(
                    location: item.location, procedure: procedure?(item.value), field: path,
                    kind: .duplicate(firstAt: first)))
            } else {
                seen[value] = item.location
            }
        }
        return Set(seen.keys)
    }

    /// One prefix, one set of counters; one counter, one prefix: a called number must name one queue.
    static func checkQueues(_ agencies: [Located<Agency>], problems: inout [CatalogProblem]) {
        var firstByPrefix: [String: Located<Agency>] = [:]
        var prefixByCounter: [Int: String] = [:]
        for agency in agencies {
            guard let line = agency.value.queue else { continue }
            if let first = firstByPrefix[line.prefix] {
                if first.value.queue?.counters.sorted() != line.counters.sorted() {
                    problems.append(CatalogProblem(
                        location: agency.location, procedure: nil, field: "\(agency.path).queue.counters",
                        kind: .queueCountersDiffer(prefix: line.prefix, agency: first.value.id)))
                }
                continue
            }
            firstByPrefix[line.prefix] = agency
            for counter in line.counters {
                if let other = prefixByCounter[counter], other != line.prefix {
                    problems.append(CatalogProblem(
                        location: agency.location, procedure: nil, field: "\(agency.path).queue.counters",
                        kind: .counterInTwoQueues(counter: counter, otherPrefix: other)))
                }
                prefixByCounter[counter] = line.prefix
            }
        }
    }
}
