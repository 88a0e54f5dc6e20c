#include "effectivedates.h"

namespace cd {

const QVector<EffectiveDateOverride>& effectiveDateOverrides()
{
    // Only rows whose source we can name. A version missing here falls back to the text itself
    // or its header (see StatuteImporter).
    static const QVector<EffectiveDateOverride> rows{
        {QStringLiteral("中华人民共和国民事诉讼法"), QDate(2021, 12, 24), QDate(2022, 1, 1),
         QStringLiteral("《全国人民代表大会常务委员会关于修改〈中华人民共和国民事诉讼法〉的决定》"
                        "（2021年12月24日）：本决定自2022年1月1日起施行。")},
        {QStringLiteral("中华人民共和国民事诉讼法"), QDate(2023, 9, 1), QDate(2024, 1, 1),
         QStringLiteral("《全国人民代表大会常务委员会关于修改〈中华人民共和国民事诉讼法〉的决定》"
                        "（2023年9月1日）：本决定自2024年1月1日起施行。")},
        {QStringLiteral("中华人民共和国行政诉讼法"), QDate(2017, 6, 27), QDate(2017, 7, 1),
         QStringLiteral(
             "《全国人民代表大会常务委员会关于修改〈中华人民共和国民事诉讼法〉和〈中华人民"
             "共和国行政诉讼法〉的决定》（2017年6月27日）：本决定自2017年7月1日起施行。")},
        // The consolidated Criminal Law includes Amendment XII, whose article 8 (in the corpus)
        // puts it in force on 2024-03-01.
        {QStringLiteral("中华人民共和国刑法"), QDate(2023, 12, 29), QDate(2024, 3, 1),
         QStringLiteral(
             "《中华人民共和国刑法修正案（十二）》第八条：本修正案自2024年3月1日起施行。")},
    };
    return rows;
}

const EffectiveDateOverride* findEffectiveDateOverride(const QString& title,
                                                       const QDate& versionDate)
{
    for (const EffectiveDateOverride& o : effectiveDateOverrides()) {
        if (o.title == title && o.versionDate == versionDate)
            return &o;
    }
    return nullptr;
}

} // namespace cd
