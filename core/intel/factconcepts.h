#pragma once

#include <QString>

namespace cd {

// Facts say 地铁, 民警, 女儿（10岁）, 看守所…逃脱; the Criminal Law says 公共交通工具, 人民警察,
// 儿童, 依法被关押的…脱逃. legalConcepts() returns the statutory words that everyday wording
// in facts stands for (space-separated), so that the articles' and interpretations' own words
// can match. Each rule paraphrases a term of the Criminal Law or its interpretations; none
// names an answer for one case. Ages are read from the facts (10岁, 不满十四周岁).
QString legalConcepts(const QString& facts);

} // namespace cd
