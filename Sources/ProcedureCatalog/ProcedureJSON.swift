import Foundation

// JSON for the command line (`kiosk show --json`): the whole record in both languages, keys in snake_case.

extension Procedure: Encodable {
    enum CodingKeys: String, CodingKey {
        case code, national, name, levels, field, kind, agency, submitAt, channels, online, steps, documents
        case applicants, conditions, results, legalBasis, keywords, popularity, featured, synthetic
        case informationOnly, englishMissing, handledBy, portal, decision, localNote
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code.description, forKey: .code)
        try container.encode(code.national, forKey: .national)
        try container.encode(name, forKey: .name)
        try container.encode(levels, forKey: .levels)
        try container.encode(field, forKey: .field)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(agency, forKey: .agency)
        try container.encodeIfPresent(submitAt, forKey: .submitAt)
        try container.encode(channels, forKey: .channels)
        try container.encode(online, forKey: .online)
        try container.encode(steps, forKey: .steps)
        try container.encode(documents, forKey: .documents)
        try container.encodeIfPresent(applicants, forKey: .applicants)
        try container.encodeIfPresent(conditions, forKey: .conditions)
        try container.encode(results, forKey: .results)
        try container.encode(legalBasis, forKey: .legalBasis)
        try container.encode(keywords, forKey: .keywords)
        try container.encode(popularity, forKey: .popularity)
        try container.encode(featured, forKey: .featured)
        try container.encode(synthetic, forKey: .synthetic)
        try container.encode(listing.informationOnly, forKey: .informationOnly)
        try container.encode(listing.englishMissing, forKey: .englishMissing)
        try container.encodeIfPresent(listing.handledBy, forKey: .handledBy)
        try container.encodeIfPresent(listing.portal, forKey: .portal)
        try container.encodeIfPresent(listing.decision, forKey: .decision)
        try container.encodeIfPresent(listing.localNote, forKey: .localNote)
    }
}

