/// How each catalog record is stored in the snapshot: every field, in declaration order.

extension LocalizedText: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        let vi: String = try reader.read()
        let english: String? = try reader.readOptional()
        self = english.map { LocalizedText(vi: vi, en: $0) } ?? LocalizedText(vietnameseOnly: vi)
    }

    func write(to writer: inout SnapshotWriter) {
        writer.write(vi)
        writer.write(english)
    }
}

extension AgencyIdentifier: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        let text: String = try reader.read()
        guard let identifier = AgencyIdentifier(text) else { throw .corrupt("agency identifier \(text)") }
        self = identifier
    }

    func write(to writer: inout SnapshotWriter) { writer.write(description) }
}

extension ProcedureCode: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        national = try reader.read()
        authority = try reader.readOptional()
    }

    func write(to writer: inout SnapshotWriter) {
        writer.write(national)
        writer.write(authority)
    }
}

extension FileLocation: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(file: try reader.read(), line: try reader.readOptional())
    }

    func write(to writer: inout SnapshotWriter) {
        writer.write(file)
        writer.write(line)
    }
}

extension Level: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(id: try reader.read(), name: try reader.read(), rank: try reader.read(), isLocal: try reader.read())
    }

    func write(to writer: inout SnapshotWriter) {
        writer.write(id)
        writer.write(name)
        writer.write(rank)
        writer.write(isLocal)
    }
}

extension Field: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(id: try reader.read(), name: try reader.read(), nationalCode: try reader.readOptional(),
                  nationalNames: try reader.readArray())
    }

    func write(to writer: inout SnapshotWriter) {
        writer.write(id)
        writer.write(name)
        writer.write(nationalCode)
        writer.write(nationalNames)
    }
}

extension Agency: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(id: try reader.read(), identifier: try reader.readOptional(), name: try reader.read(),
                  level: try reader.read(), counter: try reader.readOptional(), floor: try reader.readOptional(),
                  queue: try reader.readOptional(), nationalNames: try reader.readArray(), account: try reader.readOptional())
    }

    func write(to writer: inout SnapshotWriter) {
        writer.write(id)
        writer.write(identifier)
        writer.write(name)
        writer.write(level)
        writer.write(counter)
        writer.write(floor)
        writer.write(queue)
        writer.write(nationalNames)
        writer.write(account)
    }
}

extension QueueLine: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(prefix: try reader.read(), counters: try reader.readArray())
    }

    func write(to writer: inout SnapshotWriter) {
        writer.write(prefix)
        writer.write(counters)
    }
}

extension NationalLevel: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(code: try reader.read(), name: try reader.read(), level: try reader.read())
    }

    func write(to writer: inout SnapshotWriter) {
        writer.write(code)
        writer.write(name)
        writer.write(level)
    }
}

extension ProcessingTime: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(value: try reader.read(), unit: try Unit.readRaw(from: &reader), note: try reader.readOptional())
    }

    func write(to writer: inout SnapshotWriter) {
        writer.write(value)
        writer.write(unit.rawValue)
        writer.write(note)
    }
}

extension Fee: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(amount: try reader.readOptional(), purpose: try reader.read(), per: try reader.readOptional(),
                  exemptions: try reader.readOptional())
    }

    func write(to writer: inout SnapshotWriter) {
        writer.write(amount)
        writer.write(purpose)
        writer.write(per)
        writer.write(exemptions)
    }
}

extension Channel: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(kind: try Kind.readRaw(from: &reader), time: try reader.read(), fees: try reader.readArray(),
                  note: try reader.readOptional())
    }

    func write(to writer: inout SnapshotWriter) {
        writer.write(kind.rawValue)
        writer.write(time)
        writer.write(fees)
        writer.write(note)
    }
}

extension OnlineService: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(level: try Level.readRaw(from: &reader), url: try reader.readOptional())
    }

    func write(to writer: inout SnapshotWriter) {
        writer.write(level.rawValue)
        writer.write(url)
    }
}

extension RequiredDocument: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(name: try reader.read(), form: try reader.readOptional(), originals: try reader.read(),
                  copies: try reader.read(), mandatory: try reader.read(), note: try reader.readOptional())
    }

    func write(to writer: inout SnapshotWriter) {
        writer.write(name)
        writer.write(form)
        writer.write(originals)
        writer.write(copies)
        writer.write(mandatory)
        writer.write(note)
    }
}

extension DocumentSet: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(variant: try reader.read(), documents: try reader.readArray())
    }

    func write(to writer: inout SnapshotWriter) {
        writer.write(variant)
        writer.write(documents)
    }
}

extension LegalBasis: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(number: try reader.read(), title: try reader.read(), issuer: try reader.read(),
                  date: try reader.read())
    }

    func write(to writer: inout SnapshotWriter) {
        writer.write(number)
        writer.write(title)
        writer.write(issuer)
        writer.write(date)
    }
}

extension Procedure: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(
            code: try reader.read(), name: try reader.read(), levels: try reader.readArray(),
            field: try reader.read(), kind: try Kind.readRaw(from: &reader), agency: try reader.readOptional(),
            submitAt: try reader.readOptional(), channels: try reader.readArray(), online: try reader.read(),
            steps: try reader.readArray(), documents: try reader.readArray(), applicants: try reader.readOptional(),
            conditions: try reader.readOptional(), results: try reader.readArray(),
            legalBasis: try reader.readArray(), keywords: try reader.readArray(), popularity: try reader.read(),
            featured: try reader.read(), synthetic: try reader.read(), source: try reader.read(),
            listing: try reader.read())
    }

    func write(to writer: inout SnapshotWriter) {
        writer.write(code)
        writer.write(name)
        writer.write(levels)
        writer.write(field)
        writer.write(kind.rawValue)
        writer.write(agency)
        writer.write(submitAt)
        writer.write(channels)
        writer.write(online)
        writer.write(steps)
        writer.write(documents)
        writer.write(applicants)
        writer.write(conditions)
        writer.write(results)
        writer.write(legalBasis)
        writer.write(keywords)
        writer.write(popularity)
        writer.write(featured)
        writer.write(synthetic)
        writer.write(source)
        writer.write(listing)
    }
}

extension Listing: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(
            informationOnly: try reader.read(), englishMissing: try reader.read(), handledBy: try reader.readOptional(),
            portal: try reader.readOptional(), decision: try reader.readOptional(),
            localNote: try reader.readOptional())
    }

    func write(to writer: inout SnapshotWriter) {
        writer.write(informationOnly)
        writer.write(englishMissing)
        writer.write(handledBy)
        writer.write(portal)
        writer.write(decision)
        writer.write(localNote)
    }
}

extension SearchHit: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(procedure: try reader.read(), score: try reader.read())
    }

    func write(to writer: inout SnapshotWriter) {
        writer.write(procedure)
        writer.write(score)
    }
}

extension SearchWords: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(ignored: try reader.readArray(), optional: try reader.readArray(), synonyms: try reader.readArray())
    }

    func write(to writer: inout SnapshotWriter) {
        writer.write(ignored)
        writer.write(optional)
        writer.write(synonyms)
    }
}

extension SynonymGroup: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(citizensSay: try reader.readArray(), catalogSays: try reader.readArray())
    }

    func write(to writer: inout SnapshotWriter) {
        writer.write(citizensSay)
        writer.write(catalogSays)
    }
}

extension PriorityGroup: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(id: try reader.read(), name: try reader.read(), basis: try reader.read())
    }

    func write(to writer: inout SnapshotWriter) {
        writer.write(id)
        writer.write(name)
        writer.write(basis)
    }
}

extension Bank: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(bin: try reader.read(), shortName: try reader.read(), name: try reader.read())
    }

    func write(to writer: inout SnapshotWriter) {
        writer.write(bin)
        writer.write(shortName)
        writer.write(name)
    }
}

extension CollectingAccount: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(bin: try reader.read(), number: try reader.read(), holder: try reader.read())
    }

    func write(to writer: inout SnapshotWriter) {
        writer.write(bin)
        writer.write(number)
        writer.write(holder)
    }
}
