#include "documenttemplate.h"

#include <QRegularExpression>

namespace cd {

namespace {

struct Token
{
    enum class Kind { Text, Tag };
    Kind kind;
    QString text;
    int line;
    bool standalone = false; // a block tag alone on its line
};

// A line holding nothing but a block tag vanishes with its line break, so templates can put
// {{#each}} on its own line without leaving empty paragraphs.
bool isStandaloneBlockTag(const QString& line)
{
    static const QRegularExpression re(QStringLiteral("^\\s*\\{\\{\\s*[#/>!][^}]*\\}\\}\\s*$"));
    return re.match(line).hasMatch();
}

Result<QVector<Token>> tokenize(const QString& body, int firstLine, const QString& source)
{
    QVector<Token> tokens;
    const QStringList lines = body.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = firstLine + i;
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (isStandaloneBlockTag(line)) {
            const QString t = line.trimmed();
            tokens.push_back({Token::Kind::Tag, t.mid(2, t.size() - 4).trimmed(), lineNo, true});
            continue;
        }
        int pos = 0;
        while (pos < line.size()) {
            const int open = line.indexOf(QStringLiteral("{{"), pos);
            if (open < 0) {
                tokens.push_back({Token::Kind::Text, line.mid(pos), lineNo});
                break;
            }
            if (open > pos)
                tokens.push_back({Token::Kind::Text, line.mid(pos, open - pos), lineNo});
            const int close = line.indexOf(QStringLiteral("}}"), open + 2);
            if (close < 0)
                return makeError(ErrorCode::InvalidInput,
                                 DocumentTemplate::tr("%1, line %2: “{{” is not closed by “}}”.")
                                     .arg(source)
                                     .arg(lineNo));
            tokens.push_back(
                {Token::Kind::Tag, line.mid(open + 2, close - open - 2).trimmed(), lineNo});
            pos = close + 2;
        }
        tokens.push_back({Token::Kind::Text, QStringLiteral("\n"), lineNo});
    }
    return tokens;
}

class Parser
{
public:
    Parser(const QVector<Token>& tokens, const QString& source) : m_tokens(tokens), m_source(source)
    {
    }

    Result<QVector<TemplateNode>> parseAll()
    {
        QVector<TemplateNode> nodes;
        QString end;
        if (auto r = parseUntil(nodes, {}, &end); !r)
            return r.error();
        return nodes;
    }

private:
    Error error(int line, const QString& what)
    {
        return makeError(ErrorCode::InvalidInput,
                         DocumentTemplate::tr("%1, line %2: %3").arg(m_source).arg(line).arg(what));
    }

    // Parses into out until one of the closing tags in stops (returned in *stoppedAt).
    Result<void> parseUntil(QVector<TemplateNode>& out, const QStringList& stops,
                            QString* stoppedAt)
    {
        while (m_pos < m_tokens.size()) {
            const Token& t = m_tokens.at(m_pos++);
            if (t.kind == Token::Kind::Text) {
                if (!out.isEmpty() && out.last().type == TemplateNode::Type::Text)
                    out.last().text += t.text;
                else
                    out.push_back({TemplateNode::Type::Text, t.text, {}, {}, t.line, {}, {}});
                continue;
            }
            const QString tag = t.text;
            if (tag.startsWith(QLatin1Char('!')))
                continue;
            if (stops.contains(tag.section(QLatin1Char(' '), 0, 0))) {
                *stoppedAt = tag.section(QLatin1Char(' '), 0, 0);
                return {};
            }
            if (tag.startsWith(QLatin1String("#if ")) ||
                tag.startsWith(QLatin1String("#unless "))) {
                TemplateNode n{TemplateNode::Type::If,
                               tag.section(QLatin1Char(' '), 1).trimmed(),
                               {},
                               {},
                               t.line,
                               {},
                               {}};
                if (tag.startsWith(QLatin1String("#unless ")))
                    n.text = QStringLiteral("!(") + n.text + QLatin1Char(')');
                QString stop;
                if (auto r = parseUntil(
                        n.children,
                        {QStringLiteral("#else"), QStringLiteral("/if"), QStringLiteral("/unless")},
                        &stop);
                    !r)
                    return r;
                if (stop == QLatin1String("#else")) {
                    if (auto r =
                            parseUntil(n.elseChildren,
                                       {QStringLiteral("/if"), QStringLiteral("/unless")}, &stop);
                        !r)
                        return r;
                }
                if (stop.isEmpty())
                    return error(t.line, DocumentTemplate::tr("{{%1}} is not closed.").arg(tag));
                out.push_back(n);
            } else if (tag.startsWith(QLatin1String("#each "))) {
                static const QRegularExpression re(
                    QStringLiteral("^#each\\s+([\\w.\\-]+)\\s+as\\s+(\\w+)$"));
                const auto m = re.match(tag);
                if (!m.hasMatch())
                    return error(t.line, DocumentTemplate::tr("write {{#each LIST as NAME}}."));
                TemplateNode n{
                    TemplateNode::Type::Each, m.captured(1), {}, m.captured(2), t.line, {}, {}};
                QString stop;
                if (auto r = parseUntil(n.children, {QStringLiteral("/each")}, &stop); !r)
                    return r;
                if (stop.isEmpty())
                    return error(t.line, DocumentTemplate::tr("{{%1}} is not closed.").arg(tag));
                out.push_back(n);
            } else if (tag.startsWith(QLatin1Char('>'))) {
                // An include inside a line continues that paragraph; on its own line it is a
                // block of whole paragraphs.
                out.push_back({TemplateNode::Type::Include,
                               tag.mid(1).trimmed(),
                               {},
                               t.standalone ? QString() : QStringLiteral("inline"),
                               t.line,
                               {},
                               {}});
            } else if (tag.startsWith(QLatin1Char('#')) || tag.startsWith(QLatin1Char('/'))) {
                return error(t.line, DocumentTemplate::tr("unexpected {{%1}}.").arg(tag));
            } else {
                const int bar = tag.indexOf(QLatin1Char('|'));
                TemplateNode n{TemplateNode::Type::Field,
                               tag.left(bar).trimmed(),
                               bar >= 0 ? tag.mid(bar + 1).trimmed() : QString(),
                               {},
                               t.line,
                               {},
                               {}};
                if (n.text.isEmpty())
                    return error(t.line, DocumentTemplate::tr("empty {{ }} field."));
                out.push_back(n);
            }
        }
        return {};
    }

    const QVector<Token>& m_tokens;
    QString m_source;
    int m_pos = 0;
};

} // namespace

Result<DocumentTemplate> DocumentTemplate::parse(const QString& text, const QString& sourceName)
{
    DocumentTemplate t;
    t.meta.sourcePath = sourceName;
    QString body = text;
    int firstLine = 1;
    // Header: "key: value" lines up to a line of three dashes. Clauses may omit it.
    const int sep = text.indexOf(QStringLiteral("\n---"));
    if (sep >= 0 && !text.left(sep).contains(QStringLiteral("{{"))) {
        const QStringList head = text.left(sep).split(QLatin1Char('\n'));
        for (const QString& l : head) {
            const int colon = l.indexOf(QLatin1Char(':'));
            if (l.trimmed().isEmpty() || l.startsWith(QLatin1Char('#')))
                continue;
            if (colon < 0)
                return makeError(
                    ErrorCode::InvalidInput,
                    tr("%1: the header line “%2” is not “key: value”.").arg(sourceName, l));
            const QString key = l.left(colon).trimmed();
            const QString value = l.mid(colon + 1).trimmed();
            if (key == QLatin1String("id"))
                t.meta.id = value;
            else if (key == QLatin1String("title"))
                t.meta.title = value;
            else if (key == QLatin1String("kind"))
                t.meta.kind = value;
            else if (key == QLatin1String("description"))
                t.meta.description = value;
        }
        const int bodyStart = text.indexOf(QLatin1Char('\n'), sep + 1);
        body = bodyStart >= 0 ? text.mid(bodyStart + 1) : QString();
        firstLine = text.left(bodyStart + 1).count(QLatin1Char('\n')) + 1;
    }
    auto tokens = tokenize(body, firstLine, sourceName);
    if (!tokens)
        return tokens.error();
    Parser p(tokens.value(), sourceName);
    auto nodes = p.parseAll();
    if (!nodes)
        return nodes.error();
    t.body = nodes.value();
    return t;
}

} // namespace cd
