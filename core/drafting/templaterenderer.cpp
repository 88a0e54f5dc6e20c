#include "templaterenderer.h"

#include "chinesedate.h"
#include "money.h"
#include "statutes/chinesenumber.h"

#include <QDate>
#include <QRegularExpression>

namespace cd {

namespace {
constexpr int kMaxIncludeDepth = 8;

QString toText(const QVariant& v)
{
    if (v.typeId() == QMetaType::QDate)
        return ChineseDate::formatArabic(v.toDate());
    if (v.typeId() == QMetaType::QVariantList) {
        QStringList parts;
        for (const QVariant& e : v.toList())
            parts << toText(e);
        return parts.join(QChar(u'、'));
    }
    if (v.typeId() == QMetaType::QVariantMap)
        return v.toMap().value(QStringLiteral("name")).toString();
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("是") : QString();
    return v.toString();
}
} // namespace

bool TemplateRenderer::truthy(const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return false;
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        return v.toDouble() != 0;
    case QMetaType::QString:
        return !v.toString().isEmpty();
    case QMetaType::QVariantList:
        return !v.toList().isEmpty();
    case QMetaType::QVariantMap:
        return !v.toMap().isEmpty();
    case QMetaType::QDate:
        return v.toDate().isValid();
    default:
        return true;
    }
}

QVariant TemplateRenderer::lookup(const QVector<QVariantMap>& scopes, const QString& path,
                                  bool* found)
{
    const QStringList parts = path.split(QLatin1Char('.'));
    *found = false;
    for (int s = scopes.size() - 1; s >= 0; --s) {
        const QVariantMap& scope = scopes.at(s);
        if (!scope.contains(parts.first()))
            continue;
        QVariant v = scope.value(parts.first());
        for (int i = 1; i < parts.size(); ++i) {
            const QString& key = parts.at(i);
            if (v.typeId() == QMetaType::QVariantMap && v.toMap().contains(key)) {
                v = v.toMap().value(key);
            } else if (v.typeId() == QMetaType::QVariantList && key == QLatin1String("count")) {
                v = qlonglong(v.toList().size());
            } else {
                return {};
            }
        }
        *found = true;
        return v;
    }
    return {};
}

QString TemplateRenderer::applyFilter(const QVariant& value, const QString& filter)
{
    const QString name = filter.section(QLatin1Char(':'), 0, 0).trimmed();
    const QString arg =
        filter.contains(QLatin1Char(':')) ? filter.section(QLatin1Char(':'), 1) : QString();
    if (name.isEmpty())
        return toText(value);
    if (name == QLatin1String("capitals"))
        return AmountInWords::canonical(value.toLongLong());
    if (name == QLatin1String("yuan"))
        return Money::formatYuanShort(value.toLongLong());
    if (name == QLatin1String("yuan2"))
        return Money::formatYuan(value.toLongLong());
    if (name == QLatin1String("cndate"))
        return ChineseDate::format(value.toDate());
    if (name == QLatin1String("date"))
        return ChineseDate::formatArabic(value.toDate());
    if (name == QLatin1String("cnnum"))
        return ChineseNumber::format(value.toLongLong());
    if (name == QLatin1String("join")) {
        QStringList parts;
        for (const QVariant& e : value.toList())
            parts << toText(e);
        return parts.join(arg.isEmpty() ? QStringLiteral("、") : arg);
    }
    if (name == QLatin1String("default")) {
        const QString t = toText(value);
        return t.isEmpty() ? arg : t;
    }
    return toText(value);
}

bool TemplateRenderer::evaluate(const QString& condition)
{
    QString c = condition.trimmed();
    // Lowest precedence first: a || b, then a && b, then !a, (a), a == "x", a != "x", a.
    int depth = 0;
    for (const QString& op : {QStringLiteral("||"), QStringLiteral("&&")}) {
        depth = 0;
        for (int i = 0; i + 1 < c.size(); ++i) {
            if (c.at(i) == QLatin1Char('('))
                ++depth;
            else if (c.at(i) == QLatin1Char(')'))
                --depth;
            else if (depth == 0 && c.mid(i, 2) == op) {
                const bool left = evaluate(c.left(i));
                if (op == QLatin1String("||") ? left : !left)
                    return left;
                return evaluate(c.mid(i + 2));
            }
        }
    }
    if (c.startsWith(QLatin1Char('!')))
        return !evaluate(c.mid(1));
    if (c.startsWith(QLatin1Char('(')) && c.endsWith(QLatin1Char(')')))
        return evaluate(c.mid(1, c.size() - 2));
    static const QRegularExpression cmp(
        QStringLiteral("^([\\w.\\-]+)\\s*(==|!=)\\s*\"([^\"]*)\"$"));
    const auto m = cmp.match(c);
    bool found = false;
    if (m.hasMatch()) {
        const QString v = toText(lookup(m_scopes, m.captured(1), &found));
        return (v == m.captured(3)) == (m.captured(2) == QLatin1String("=="));
    }
    return truthy(lookup(m_scopes, c, &found));
}

Result<void> TemplateRenderer::renderNodes(const QVector<TemplateNode>& nodes, QString& out,
                                           int depth)
{
    for (const TemplateNode& n : nodes) {
        switch (n.type) {
        case TemplateNode::Type::Text:
            out += n.text;
            break;
        case TemplateNode::Type::Field: {
            bool found = false;
            const QVariant v = lookup(m_scopes, n.text, &found);
            if (!found)
                m_warnings << tr("Line %1: the field “%2” has no value.").arg(n.line).arg(n.text);
            out += applyFilter(v, n.filter);
            break;
        }
        case TemplateNode::Type::If: {
            auto r = renderNodes(evaluate(n.text) ? n.children : n.elseChildren, out, depth);
            if (!r)
                return r;
            break;
        }
        case TemplateNode::Type::Each: {
            bool found = false;
            const QVariantList list = lookup(m_scopes, n.text, &found).toList();
            for (int i = 0; i < list.size(); ++i) {
                QVariantMap scope;
                scope.insert(n.var, list.at(i));
                scope.insert(QStringLiteral("loop"),
                             QVariantMap{{QStringLiteral("index"), i + 1},
                                         {QStringLiteral("cn"), ChineseNumber::format(i + 1)},
                                         {QStringLiteral("first"), i == 0},
                                         {QStringLiteral("last"), i == list.size() - 1}});
                m_scopes.push_back(scope);
                auto r = renderNodes(n.children, out, depth);
                m_scopes.pop_back();
                if (!r)
                    return r;
            }
            break;
        }
        case TemplateNode::Type::Include: {
            if (depth >= kMaxIncludeDepth)
                return makeError(ErrorCode::InvalidInput,
                                 tr("Line %1: clauses include each other too deeply (at “%2”).")
                                     .arg(n.line)
                                     .arg(n.text));
            const DocumentTemplate* clause = m_clauses ? m_clauses(n.text) : nullptr;
            if (!clause)
                return makeError(ErrorCode::NotFound,
                                 tr("Line %1: there is no clause “%2”.").arg(n.line).arg(n.text));
            QString part;
            auto r = renderNodes(clause->body, part, depth + 1);
            if (!r)
                return r;
            while (part.endsWith(QLatin1Char('\n')))
                part.chop(1);
            out += part;
            if (n.var.isEmpty())
                out += QLatin1Char('\n');
            break;
        }
        }
    }
    return {};
}

Result<QVector<DraftParagraph>> TemplateRenderer::render(const DocumentTemplate& t,
                                                         const QVariantMap& context)
{
    m_scopes = {context};
    m_warnings.clear();
    QString text;
    if (auto r = renderNodes(t.body, text, 0); !r)
        return r.error();

    static const QRegularExpression marker(QStringLiteral("^\\[([a-z]+)\\]"));
    QVector<DraftParagraph> out;
    int item = 0;
    int subItem = 0;
    for (QString line : text.split(QLatin1Char('\n'))) {
        // Template indentation is ASCII; full-width spaces (审判长　马建国) are content.
        while (!line.isEmpty() &&
               (line.at(0) == QLatin1Char(' ') || line.at(0) == QLatin1Char('\t')))
            line.remove(0, 1);
        while (!line.isEmpty() && line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        DraftParagraph p;
        const auto m = marker.match(line);
        if (m.hasMatch() && draftPartFromKey(m.captured(1), &p.part))
            line = line.mid(m.capturedLength());
        if (p.part == DraftPart::PageBreak) {
            if (!out.isEmpty() && out.last().part != DraftPart::PageBreak)
                out << p;
            continue;
        }
        if (line.trimmed().isEmpty())
            continue;
        p.text = line;
        if (p.part == DraftPart::Item) {
            p.text = ChineseNumber::format(++item) + QChar(u'、') + p.text;
            subItem = 0;
        } else if (p.part == DraftPart::SubItem) {
            p.text = QChar(u'（') + ChineseNumber::format(++subItem) + QChar(u'）') + p.text;
        } else {
            item = 0;
            subItem = 0;
        }
        out << p;
    }
    return out;
}

} // namespace cd
