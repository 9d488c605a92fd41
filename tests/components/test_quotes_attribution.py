"""Attribution (issue 16): who said it, for quoted and reported statements.

Each case is ``(text, quote, speaker, kind)``: some statement of ``text`` has exactly the words
``quote``, the kind ``kind`` and the speaker ``speaker`` (``None``: no speaker; a tuple accepts any
of its names). ``kind=None`` marks a sentence that is no attribution: no statement may contain
``quote``. Sentences are written for these tests, after reporting from many conflicts.
"""

from __future__ import annotations

import pytest

from conflict_extract import load
from conflict_extract.components.quotes.settings import QuoteSettings

CASES = [
    # --- the comma joining a quote to its attribution is not part of the quoted words (issue 22)
    ('"We are leaving the city," said Amina Yusuf, a resident of El Fasher.',
     "We are leaving the city", "Amina Yusuf", "direct"),
    ('"The road to the border is closed;" the governor told reporters in Kherson.',
     "The road to the border is closed", "governor", "direct"),
    # --- by X's count, by one estimate (like according to X)
    ("By the UN's count, more than 400 people were killed in the siege of Mariupol.",
     "more than 400 people were killed in the siege of Mariupol", ("UN", "United Nations"),
     "indirect"),
    ("In Darfur alone, 300 villages have been burned by the militias, by one estimate.",
     "In Darfur alone, 300 villages have been burned by the militias", "one estimate",
     "indirect"),
    ("The town was surrounded by the army's count of tanks.", "The town was surrounded",
     None, None),
    # --- X said (that) ... -------------------------------------------------------------------
    ("The governor of Kherson said that Russian shelling had killed two civilians overnight.",
     "Russian shelling had killed two civilians overnight", "governor of Kherson", "indirect"),
    ("Sudan's army said it had retaken the bridge over the Nile from the Rapid Support Forces.",
     "it had retaken the bridge over the Nile from the Rapid Support Forces",
     ("Sudanese Armed Forces", "Sudan's army", "army"),
     "indirect"),
    ("Colombian President Gustavo Petro said the ceasefire with the ELN would be extended.",
     "the ceasefire with the ELN would be extended", "Gustavo Petro", "indirect"),
    ("Local officials say dozens of homes were destroyed in the floods near Derna.",
     "dozens of homes were destroyed in the floods near Derna", "Local officials", "indirect"),
    # --- X told reporters / X told Reuters ...
    ("Defence Minister Rustem Umerov told reporters that the brigade had held its positions.",
     "the brigade had held its positions", "Rustem Umerov", "indirect"),
    ("A senior Hamas official told Al Jazeera the group had received the new proposal.",
     "the group had received the new proposal", "senior Hamas official", "indirect"),
    # --- according to X ...
    ("According to the health ministry in Gaza, at least 40 people were killed in the strike.",
     "at least 40 people were killed in the strike", ("health ministry", "Health Ministry"),
     "indirect"),
    ("Twelve fighters died in the ambush near Gao, according to a local security source.",
     "Twelve fighters died in the ambush near Gao", "local security source", "indirect"),
    # --- added / warned / claimed / denied / accused ...
    ("The Kremlin warned that any attack on Crimea would be met with a harsh response.",
     "any attack on Crimea would be met with a harsh response", ("Kremlin", "Russia"), "indirect"),
    ("Al-Shabaab claimed that its fighters had overrun the army base at dawn.",
     "its fighters had overrun the army base at dawn", ("Al-Shabaab", "al-Shabaab"), "indirect"),
    ("The Myanmar junta denied that its aircraft had bombed the village school.",
     "its aircraft had bombed the village school", ("Myanmar junta", "junta", "Tatmadaw"),
     "indirect"),
    # --- an office or building that stands for a government speaks as written, not as the state
    ("After talks with the visiting prime minister, the White House announced that the embargo "
     "on Cuba would be eased.", "the embargo on Cuba would be eased", "White House", "indirect"),
    ("Downing Street said the prime minister had spoken to the Ukrainian president by phone.",
     "the prime minister had spoken to the Ukrainian president by phone", "Downing Street",
     "indirect"),
    ("The Pentagon said two drones had been shot down over the Red Sea.",
     "two drones had been shot down over the Red Sea", "Pentagon", "indirect"),
    # --- an organisation the article names by its acronym keeps that form
    ("The IMF expects growth in Egypt to slow. The International Monetary Fund cut its forecast "
     "for Kenya, and the IMF said inflation would ease by March.",
     "inflation would ease by March", "IMF", "indirect"),
    ("The FBI said the suspect had acted alone. Federal Bureau of Investigation agents searched "
     "his flat.", "the suspect had acted alone", "FBI", "indirect"),
    # --- a dateline taken for the subject: the person in apposition speaks
    ("KABUL -- President Ashraf Ghani, speaking at the palace on Friday, said the talks would "
     "resume in Doha.", "the talks would resume in Doha", "Ashraf Ghani", "indirect"),
    # --- a participle on an issued document speaks for whoever issued it
    ("The Security Council issued a statement calling the attack a grave violation of the truce.",
     "the attack a grave violation of the truce", ("UN Security Council", "Security Council"),
     "indirect"),
    ("The rebel command posted a video claiming that its fighters had shot down a helicopter.",
     "its fighters had shot down a helicopter", ("rebel command", "command"), "indirect"),
    # --- a gerund after "for"/"of" is said by the object of the verb, not by its subject
    ("The senator criticised the general for saying that the war was already won.",
     "the war was already won", "general", "indirect"),
    ("The minister accused the rebels of claiming that the ceasefire had collapsed.",
     "the ceasefire had collapsed", "rebels", "indirect"),
    ("The spokesman added that negotiations in Doha would resume next week.",
     "negotiations in Doha would resume next week", "spokesman", "indirect"),
    ("Amnesty International accused the security forces of torturing detainees in Tigray.",
     "the security forces of torturing detainees in Tigray", "Amnesty International", "indirect"),
    ("The Ethiopian government announced that aid convoys could enter Mekelle from Monday.",
     "aid convoys could enter Mekelle from Monday", ("Ethiopian government", "Ethiopia"),
     "indirect"),
    ("Israeli officials confirmed that three hostages had been recovered from Rafah.",
     "three hostages had been recovered from Rafah", "Israeli officials", "indirect"),
    # --- ..., X said. (parenthetical and closing attribution)
    ("Two soldiers were wounded when a mine exploded near Kupiansk, the regional governor said.",
     "Two soldiers were wounded when a mine exploded near Kupiansk", "regional governor", "indirect"),
    ("The border crossing, the minister said, would stay closed until the election.",
     "The border crossing, the minister said, would stay closed until the election", "minister",
     "indirect"),
    # --- passive with an agent
    ("It was announced by the interior ministry that the curfew in Tripoli would be lifted.",
     "the curfew in Tripoli would be lifted", ("interior ministry", "Interior Ministry"), "indirect"),
    # --- other reporting verbs (promise, believe, intend, describe, discuss)
    ("The Houthis vowed to keep attacking ships in the Red Sea.",
     "to keep attacking ships in the Red Sea", "Houthis", "indirect"),
    ("Zelensky praised the deal as a turning point for Ukraine's grain exports.",
     "the deal as a turning point for Ukraine's grain exports", "Zelensky", "indirect"),
    ("Many residents of Goma fear the M23 rebels will return before the rains.",
     "the M23 rebels will return before the rains", "Many residents of Goma", "indirect"),
    ("The Pentagon plans to send more air defence systems to the region.",
     "to send more air defence systems to the region", ("Pentagon", "United States Armed Forces"),
     "indirect"),
    # --- a verb in a silent e the lemmatizer cuts (hopes, hoping -> hop)
    ("The commander hopes to retake the airport in Kassala before the rains.",
     "to retake the airport in Kassala before the rains", "commander", "indirect"),
    ("The Somali envoy is hoping that the talks in Djibouti will resume next week.",
     "the talks in Djibouti will resume next week", "Somali envoy", "indirect"),
    ("The rebels hopped across the stream near Bunia.", "across the stream near Bunia", None, None),
    # --- an infinitive of two words (declined to comment)
    ("A spokesman for the Wagner group declined to comment.", "to comment",
     ("spokesman for the Wagner group", "spokesman"), "indirect"),
    ("The governor of Sool refused to cooperate.", "to cooperate", "governor of Sool", "indirect"),
    ("Displaced families started to return.", "to return", None, None),
    # --- verbs of finding, grasping, joking, playing down and regretting
    ("Investigators discovered that the rockets had been smuggled in from Libya.",
     "the rockets had been smuggled in from Libya", "Investigators", "indirect"),
    ("Soldiers discovered a weapons cache near Gao.", "a weapons cache near Gao", None, None),
    ("The senator joked that the army ranks last in the region.",
     "the army ranks last in the region", "senator", "indirect"),
    ("The colonel downplayed the losses near Bakhmut.", "the losses near Bakhmut", "colonel",
     "indirect"),
    ("The aid agencies deplored the shelling of the Zamzam camp.",
     "the shelling of the Zamzam camp", "aid agencies", "indirect"),
    ("The minister apologized for the strike on the wedding party in Helmand.",
     "the strike on the wedding party in Helmand", "minister", "indirect"),
    ("The envoy complimented the mediators from Qatar.", "the mediators", "envoy", "indirect"),
    ("The doctors in Omdurman wish that the fighting in Khartoum would end.",
     "the fighting in Khartoum would end", "doctors in Omdurman", "indirect"),
    ("Three militias vied to take over the oil fields near Zawiya.",
     "to take over the oil fields near Zawiya", None, None),
    ("Two factions sparred over control of the port of Hodeidah.",
     "control of the port of Hodeidah", None, None),
    # --- whose view a speaker shares or rejects (agree with, disagree with)
    ("The foreign minister disagrees with his predecessor on the talks in Doha.",
     "his predecessor on the talks in Doha", "foreign minister", "indirect"),
    ("The peacekeepers talked with reporters in Juba.", "reporters in Juba", None, None),
    ("The Tatmadaw sided with the local militia in Shan State.", "the local militia", None, None),
    # --- a that-clause in the subjunctive the parse gave no subject
    ("The city of Mariupol is demanding that the army's command stop using the school as a base.",
     "the army's command stop using the school as a base", "city of Mariupol", "indirect"),
    # --- a statement noun made by the subject of a verb of issuing (made a condemnation of)
    ("The Security Council made a strong condemnation of the missile launch by Pyongyang.",
     "the missile launch", ("Security Council", "UN Security Council"), "indirect"),
    ("The ministry issued a warning that more strikes on Kharkiv were likely.",
     "more strikes on Kharkiv were likely", "ministry", "indirect"),
    ("The rebels made an attack on the convoy near Mopti.", "the convoy near Mopti", None, None),
    # --- a participle that states something of its own ends the statement before it
    ("Two analysts in Harare implored him to call new elections, arguing that it would calm the "
     "capital.", "him to call new elections", "Two analysts in Harare", "indirect"),
    ("Two analysts in Harare implored him to call new elections, arguing that it would calm the "
     "capital.", "it would calm the capital", "Two analysts in Harare", "indirect"),
    # --- a that-clause the parse split in two complements
    ("UN investigators have also discovered that attempts to smuggle arms into the camp were "
     "made by men with ties to the militia.",
     "attempts to smuggle arms into the camp were made by men with ties to the militia",
     "UN investigators", "indirect"),
    # --- an intention noun owned by a "by" phrase or by who files it; describing X as Y
    ("The lawyers filed a motion to unseal the records of the tribunal in Arusha.",
     "to unseal the records of the tribunal in Arusha", "lawyers", "indirect"),
    ("The general is casting himself as a champion of the displaced in Darfur.",
     "himself as a champion of the displaced in Darfur", "general", "indirect"),
    ("Many residents of Mosul see the ceasefire as a trap.", "the ceasefire as a trap",
     "Many residents of Mosul", "indirect"),
    ("The soldiers painted the walls of the barracks in Gao.", "the walls of the barracks",
     None, None),
    # --- a passive judgement without its judge: the clause, by nobody named
    ("Peacekeepers have been accused of abusing the civilians they were sent to protect.",
     "Peacekeepers have been accused of abusing the civilians they were sent to protect",
     None, "indirect"),
    ("The militia has been blamed for the massacre in the village of Ogossagou.",
     "The militia has been blamed for the massacre in the village of Ogossagou", None, "indirect"),
    ("The town of Avdiivka was defended for weeks.", "The town of Avdiivka was defended", None, None),
    ("The Sudanese envoy is widely seen as a moderate.",
     "The Sudanese envoy is widely seen as a moderate", None, "indirect"),
    ("The talks in Jeddah are expected to resume next week.",
     "The talks in Jeddah are expected to resume next week", None, "indirect"),
    ("Two men were seen fleeing the market in Maiduguri.", "Two men were seen fleeing", None, None),
    ("Three soldiers were reported killed in the ambush near Diffa.",
     "Three soldiers were reported killed", None, None),
    ("Five men were charged with the murder of the judge in Bamako.",
     "Five men were charged with the murder", None, None),
    # --- a reply to words said or asked (responded to requests for comment), not to a deed
    ("The Rapid Support Forces did not immediately respond to requests for comment.",
     "requests for comment", ("Rapid Support Forces", "RSF"), "indirect"),
    ("Police in Lahore responded to the attack on the market.", "the attack on the market",
     None, None),
    # --- asked someone about something: what was asked about, not who
    ("The reporter asked the colonel about the strike on the hospital in Kunduz.",
     "the strike on the hospital in Kunduz", "reporter", "indirect"),
    ("The reporter asked the colonel about the strike on the hospital in Kunduz.",
     "the colonel", None, None),
    ("The commander in Tigray isn't saying much about the offensive.", "the offensive",
     "commander in Tigray", "indirect"),
    # --- a stance adjective's infinitive (willing to, determined to)
    ("Some clan elders in Baidoa were willing to talk with the insurgents.",
     "to talk with the insurgents", "Some clan elders in Baidoa", "indirect"),
    ("The road to Kidal was ready to reopen.", "to reopen", None, None),
    # --- an infinitive in a relative clause opened by a preposition and "which"
    ("These are talks in which the rebels seek to secure an amnesty for their fighters.",
     "to secure an amnesty for their fighters", "rebels", "indirect"),
    ("The colonel, who asked not to be named, said the road to Kidal was closed.",
     "not to be named", None, None),
    ("The truce that the envoy had tried to broker in Jeddah collapsed on Monday.",
     "to broker in Jeddah", None, None),
    # --- a stance noun in apposition or leading the sentence (a fierce critic of the junta)
    ("Aung San Suu Kyi, a fierce critic of the junta, spoke in Geneva.", "the junta",
     "Aung San Suu Kyi", "indirect"),
    ("A passionate defender of the ceasefire, Ms. Okafor spoke in Abuja.", "the ceasefire",
     "Okafor", "indirect"),
    ("The hospital, a target of the shelling, was closed.", "the shelling", None, None),
    # --- an aside "as X put it"
    ("As the envoy put it, the truce in Idlib was dead on arrival.",
     "the truce in Idlib was dead on arrival", "envoy", "indirect"),
    ('As one analyst in Kyiv put it, "The army has run out of men."',
     "The army has run out of men.", "one analyst in Kyiv", "direct"),
    ("Medics put the wounded from Khan Younis in trucks.", "the wounded from Khan Younis",
     None, None),
    # --- a stance adjective outside a copula (came away convinced, with voters worried about)
    ("The envoy came away convinced that the junta in Naypyidaw was serious about reform.",
     "the junta in Naypyidaw was serious about reform", "envoy", "indirect"),
    ("With opposition leaders increasingly worried about the fighting in Sagaing, talks began.",
     "the fighting in Sagaing", "opposition leaders", "indirect"),
    ("The shelling left residents afraid of returning to Sievierodonetsk.",
     "returning to Sievierodonetsk", None, None),
    # --- criticism drawn from nobody named
    ("The defence minister has faced questions about the contracts for the border wall.",
     "the contracts for the border wall", None, "indirect"),
    ("The plan for the buffer zone has drawn ridicule online.", "The plan for the buffer zone",
     None, "indirect"),
    ("The troops faced fire from the rebels near Bakhmut.", "the rebels near Bakhmut", None, None),
    # --- how things seem, by nobody named
    ("The truce in Idlib seems to be holding.", "The truce in Idlib seems to be holding", None,
     "indirect"),
    ("It appeared that the convoy had turned back before the checkpoint at Rafah.",
     "the convoy had turned back before the checkpoint at Rafah", None, "indirect"),
    ("Militants appeared in the village of Tillia at dawn.", "in the village of Tillia", None,
     None),
    ("It is clear that the siege of El Fasher will last into the rainy season.",
     "the siege of El Fasher will last into the rainy season", None, "indirect"),
    ("The commander in Kidal is certain that the road will reopen.",
     "the road will reopen", "commander in Kidal", "indirect"),
    ("The road to Goma is clear of mines.", "of mines", None, None),
    # --- a statement noun and its possessor
    ("Observers checked the junta's claim that the election in Naypyidaw was free.",
     "the election in Naypyidaw was free", ("junta", "government forces"), "indirect"),
    # --- direct quotes: after, before, inverted -------------------------------------------------
    ("“We will defend every street of Sloviansk,” the mayor said.",
     "We will defend every street of Sloviansk", "mayor", "direct"),
    ("“Nobody is safe here any more,” said Fatima Yusuf, a nurse in Maiduguri.",
     "Nobody is safe here any more", "Fatima Yusuf", "direct"),
    ("Colonel Assimi Goita told state television: “The army will not negotiate with terrorists.”",
     "The army will not negotiate with terrorists.", "Assimi Goita", "direct"),
    ("“The convoy was hit twice,” Rep. Adam Moore (D-Ohio) said after the briefing.",
     "The convoy was hit twice", "Adam Moore", "direct"),
    # --- split quotes ("...," she said, "...")
    ("Maryam Ahmadi lost two sons in the strike. “We buried eleven people today,” she said, “and "
     "tomorrow there will be more.”",
     "and tomorrow there will be more.", "Maryam Ahmadi", "direct"),
    ("“The shelling started at midnight,” said Olena Kovalenko, a teacher in Kharkiv, “and it "
     "did not stop until morning.”",
     "and it did not stop until morning.", "Olena Kovalenko", "direct"),
    ("“We have no water,” Abdi Farah said. “The wells were poisoned by the fighters.”",
     "The wells were poisoned by the fighters.", "Abdi Farah", "direct"),
    # --- nested quotes
    ("“They told us ‘leave or die’, so we left,” said Ahmed Rahimi, who fled Kunduz.",
     "They told us ‘leave or die’, so we left", "Ahmed Rahimi", "direct"),
    ("Guterres said the attack was “a flagrant violation of international humanitarian law”.",
     "a flagrant violation of international humanitarian law", "Guterres", "partial"),
    ("The minister said the rebels were “using civilians as shields” in the old city.",
     "the rebels were “using civilians as shields” in the old city", "minister", "indirect"),
    # --- transcript turns and interviews
    ("The senators debated the aid bill.\nMARSH: The package will not pass the House this "
     "year.\nKOVAC: Then the front line will move west before the spring.",
     "The package will not pass the House this year.", "Marsh", "direct"),
    ("The senators debated the aid bill.\nMARSH: The package will not pass the House this "
     "year.\nKOVAC: Then the front line will move west before the spring.",
     "Then the front line will move west before the spring.", "Kovac", "direct"),
    ("Sahel analysts met in Niamey.\nDIALLO: The juntas have lost the countryside to the "
     "militants already.",
     "The juntas have lost the countryside to the militants already.", "Diallo", "direct"),
    # --- the subject of a passive verb of stance is what its agent stated (issue 16)
    ("The truce in Tigray was denounced by the rebel commander as a trap.",
     "The truce in Tigray", "rebel commander", "indirect"),
    # --- what was reported as the object of "report", active or passive (issue 16)
    ("The health ministry in Khartoum reported fourteen deaths on Sunday.",
     "fourteen deaths", ("Health Ministry", "health ministry"), "indirect"),
    ("The shelling of the hospital was first reported by Al Jazeera.",
     "The shelling of the hospital", "Al Jazeera", "indirect"),
    # --- "called on X" with the preposition parsed as a particle (issue 16)
    ("In April, the Nevada senator called on fellow Republicans to disavow the militia leader.",
     "fellow Republicans", "Nevada senator", "indirect"),
    ("Last year the Kenyan senator called on fellow legislators to unendorse the deployment to "
     "Haiti.",
     "fellow legislators", "Kenyan senator", "indirect"),
    # --- a name before a speaker noun says whose it is (issue 16)
    ("The Ramaphosa campaign says the new posters will go up in Durban this week.",
     "the new posters will go up in Durban this week", "Ramaphosa campaign", "indirect"),
    ("Netanyahu aides acknowledged that the vote on the budget would slip to next week.",
     "the vote on the budget would slip to next week", "Netanyahu aides", "indirect"),
    # --- people described by a pronoun and its modifier (issue 16)
    ("Those close to the president say that he will not stand again in 2029.",
     "he will not stand again in 2029", ("Those close to the president", "Those"), "indirect"),
    # --- what was said as an object of "say" (issue 16)
    ("The foreign ministers of Chad and Niger have said the same thing about the French "
     "withdrawal.",
     "the same thing about the French withdrawal",
     ("foreign ministers of Chad and Niger", "foreign ministers"), "indirect"),
    ("The general told reporters in Kharkiv on Monday.",
     "reporters in Kharkiv", None, None),
    # --- verbs of criticism that also name a use of force: only a critic's object is a statement
    ("Militants attacked a checkpoint near Peshawar on Monday.",
     "a checkpoint near Peshawar", None, None),
    ("A drone hit an oil tanker off the coast of Yemen.",
     "an oil tanker off the coast of Yemen", None, None),
    ("The rebels targeted a convoy carrying fuel.", "a convoy carrying fuel", None, None),
    ("Police charged two men with arson after the fire.", "two men", None, None),
    ("Gunmen stormed the village and struck the market with rockets.", "the market", None, None),
    ("Senator Elizabeth Warren attacked the governor's budget on Tuesday.",
     "the governor's budget", "Elizabeth Warren", "indirect"),
    ("Opposition leader Raila Odinga slammed the deal as a surrender.",
     "the deal as a surrender", "Raila Odinga", "indirect"),
    ("Mayor Anne Hidalgo blasted the minister for ignoring the floods.",
     "the minister for ignoring the floods", "Anne Hidalgo", "indirect"),
    ("Rebels attacked the base as part of an offensive.", "the base", None, None),
    ("Republicans attacked the bill as a giveaway.", "the bill as a giveaway", "Republicans",
     "indirect"),
    # --- a stance stated with "be": critical of, afraid that, a supporter of (issue 16)
    ("The senator has long been critical of the arms deal with Riyadh.",
     "the arms deal with Riyadh", "senator", "indirect"),
    ("Many traders in Bamako are afraid that the junta will delay the vote again.",
     "the junta will delay the vote again", ("Many traders in Bamako", "traders", "Many traders"),
     "indirect"),
    ("William Ruto is a firm supporter of the peace talks.",
     "the peace talks", "William Ruto", "indirect"),
    ("This is a critical moment for the talks in Doha.",
     "the talks in Doha", None, None),
    # --- a participle of saying goes with the person named right before it (issue 16)
    ("The clip uses footage of Olaf Scholz asking, “Why are we not fifty points ahead, you "
     "might ask?”",
     "Why are we not fifty points ahead, you might ask?", "Olaf Scholz", "direct"),
    # --- a subordinate clause after a quotation says when, not who (issue 16)
    ("The spot ends with footage of Salva Kiir saying at the rally, “We will not go back to "
     "war,” when Machar accused him of stalling.",
     "We will not go back to war", "Salva Kiir", "direct"),
    ("Only 40 percent of those polled agreed that the army was \"able to hold the line,\" while "
     "55 percent said the same of the militia.",
     "able to hold the line", "Only 40 percent of those polled", "partial"),
    # --- a headline crediting its words to a name before a colon (issue 16)
    ("Guterres: Aid Convoys Must Reach El Fasher Before The Rains\n\nAntonio Guterres spoke "
     "in New York on Monday.",
     "Aid Convoys Must Reach El Fasher Before The Rains", "Antonio Guterres", "indirect"),
    ("Poll: Most Ukrainians Reject Any Deal That Cedes Territory\n\nThe survey was taken in "
     "Kyiv and Lviv.",
     "Most Ukrainians Reject Any Deal That Cedes Territory", "Poll", "indirect"),
    ("The Latest: Shelling Resumes Near Zaporizhzhia Plant\n\nThe plant lost power again.",
     "Shelling Resumes Near Zaporizhzhia Plant", None, None),
    # --- layout names: a colon before, a dash after
    ("Mirjana Petrovic: “We waited three days for the buses to Belgrade.”",
     "We waited three days for the buses to Belgrade.", "Mirjana Petrovic", "direct"),
    ("“My brother was taken at the checkpoint near Jenin.” ― Yusuf Haddad",
     "My brother was taken at the checkpoint near Jenin.", "Yusuf Haddad", "direct"),
    # --- non-person sources: organisations, outlets, documents, ads -------------------------
    ("The New York Times reported that the drone had been launched from Iranian territory.",
     "the drone had been launched from Iranian territory", "The New York Times", "indirect"),
    ("A UN report found that both sides had used cluster munitions in the town.",
     "both sides had used cluster munitions in the town", ("UN report", "United Nations", "UN"),
     "indirect"),
    ("The statement said the militia had withdrawn from the airport in Khartoum.",
     "the militia had withdrawn from the airport in Khartoum", "statement", "indirect"),
    ("The campaign ad says the senator “voted against body armour for our troops.”",
     "voted against body armour for our troops.", "campaign ad", "partial"),
    ("“Your children are asleep. Who is guarding the border?” the announcer asks.",
     "Your children are asleep. Who is guarding the border?", "announcer", "direct"),
    ("The clip says the general “lied about the casualties in Bakhmut.”",
     "lied about the casualties in Bakhmut.", "clip", "partial"),
    ("At the town hall, one questioner claimed that the army had abandoned the veterans.",
     "the army had abandoned the veterans", "one questioner", "indirect"),
    ("Some believe the ceasefire in Nagorno-Karabakh will not hold through the winter.",
     "the ceasefire in Nagorno-Karabakh will not hold through the winter", "Some", "indirect"),
    # --- pronoun and nominal continuations, across paragraphs ----------------------------------
    ("Foreign Minister Sergey Lavrov spoke in Ankara on Monday.\n\nHe said Moscow would respond "
     "to any new sanctions.",
     "Moscow would respond to any new sanctions", "Sergey Lavrov", "indirect"),
    ("Nigerian police spokesman Olumuyiwa Adejobi spoke after the raid in Kaduna.\n\n“We arrested "
     "nine suspects,” he said.",
     "We arrested nine suspects", "Olumuyiwa Adejobi", "direct"),
    ("Kaja Kallas met the foreign ministers in Brussels.\n\nShe warned that Europe must prepare "
     "for a long war.",
     "Europe must prepare for a long war", "Kaja Kallas", "indirect"),
    ("Abdel Fattah al-Burhan addressed troops in Port Sudan. Burhan said the army would never "
     "negotiate with the militia.",
     "the army would never negotiate with the militia", "Abdel Fattah al-Burhan", "indirect"),
    ("Ali Hassan, a spokesman for the Red Crescent in Sanaa, described the damage.\n\n“Three "
     "ambulances were destroyed,” the spokesman said.",
     "Three ambulances were destroyed", ("Ali Hassan", "spokesman"), "direct"),
    ("Lavrov said Moscow would respond to any new sanctions. “We will not tolerate this "
     "provocation.”",
     "We will not tolerate this provocation.", "Lavrov", "direct"),
    ("The mayor of Mariupol, Vadym Boychenko, said the city had no heating.\n\n“People are "
     "burning furniture to stay warm,” Boychenko told the BBC.",
     "People are burning furniture to stay warm", "Vadym Boychenko", "direct"),
    # --- a closing mark typed for the opening one at the start of a paragraph
    ("Reporters toured Mosul.\n”We will rebuild the school before winter,” the headmaster said.",
     "We will rebuild the school before winter", "headmaster", "direct"),
    # --- a title abbreviation between two parts of one quotation
    ("“The aid is stuck at the border,” said Sen. Dana Whitfield (R-Kan.). “Trucks wait for "
     "weeks.”",
     "Trucks wait for weeks.", "Dana Whitfield", "direct"),
    # --- outlets and titles ----------------------------------------------------------------------
    ("“The siege is tightening every day,” General Mohamed Hamdan told Reuters.",
     "The siege is tightening every day", "Mohamed Hamdan", "direct"),
    ("“We lost contact with the patrol,” said Lt. Col. Peter Lerner, an army spokesman.",
     "We lost contact with the patrol", "Peter Lerner", "direct"),
    # --- a noun-phrase complement of one or two words (issue 16) ------------------------------
    ("The defence minister attacked Hezbollah in a televised address.",
     "Hezbollah", "defence minister", "indirect"),
    ("The opposition leader has not mentioned the ceasefire since Sunday.",
     "the ceasefire", "opposition leader", "indirect"),
    ("Several aid agencies endorsed the truce in Hodeidah.",
     "the truce", "Several aid agencies", "indirect"),
    # --- according to X at the end of a paragraph
    ("Shelling resumed at dawn.\nAt least nine people died in the market in Kostiantynivka, "
     "according to the regional prosecutor.\nRescue work went on.",
     "At least nine people died in the market in Kostiantynivka", "regional prosecutor",
     "indirect"),
    # --- a colon closing the paragraph announces the next one
    ("Aid trucks waited at Rafah.\n\nThe UN envoy added:\n\nThe crossing must open before "
     "the winter rains reach the camps.",
     "The crossing must open before the winter rains reach the camps", "UN envoy", "indirect"),
    ("The convoy was stopped near Kidal.\n\nThe Malian army reported:\n\n“Our units repelled "
     "the attack and seized two vehicles.”",
     "Our units repelled the attack and seized two vehicles.", ("Malian army", "army"), "direct"),
    ("Talks resumed in Jeddah.\n\nOn Monday, Burhan made the following statement:\n\n“The army "
     "will not sign while the militia holds the cities.”",
     "The army will not sign while the militia holds the cities.", "Burhan", "direct"),
    ("Relief agencies met in Goma. Said Mbeki: “The camps cannot take another family this month.”",
     "The camps cannot take another family this month.", "Mbeki", "direct"),
    # --- a quote after "..., X said." goes on with X
    ("The bridge near Kherson may be closed for weeks, Prokudin said. “Nobody will cross it "
     "until the engineers have checked every span.”",
     "Nobody will cross it until the engineers have checked every span.", "Prokudin", "direct"),
    ("The strikes were \"a warning to the militias,\" says Amira Haddad, a researcher in Beirut. "
     "\"They will not be the last ones this year.\"",
     "They will not be the last ones this year.", "Amira Haddad", "direct"),
    # --- an "as X said" aside and a court ruling
    ("As the envoy pointed out, the truce in Idlib has never held for more than a week.",
     "the truce in Idlib has never held for more than a week", "envoy", "indirect"),
    ("The supreme court ruled that the detention of the journalists in Addis Ababa was unlawful.",
     "the detention of the journalists in Addis Ababa was unlawful", "supreme court", "indirect"),
    # --- shares of people polled as speakers
    ("In the poll, 61 percent said the government had lost control of the northern provinces.",
     "the government had lost control of the northern provinces", "61 percent", "indirect"),
    # --- Mr. and Mrs. pick the full name of that gender
    ("Leila Haddad and Karim Haddad both fled Aleppo in 2016.\n\n“We had one night to pack,” "
     "Mr. Haddad said.",
     "We had one night to pack", "Karim Haddad", "direct"),
    # --- a statement verb governs quoted words when no reporting verb does
    ("The monitor rated the elections in Kidal as “deeply flawed” in its final report.",
     "deeply flawed", "monitor", "partial"),
    ("The cleric exhorted his followers to “defend the shrine at any cost.”",
     "defend the shrine at any cost.", "cleric", "partial"),
    # --- whatever a verb of saying has for subject speaks (issue 16)
    ("Property developers in Mogadishu say the floods have washed away the new seed stores.",
     "the floods have washed away the new seed stores", "Property developers in Mogadishu",
     "indirect"),
    ("Most of the villages were empty by March, the leaflet says.",
     "Most of the villages were empty by March", "leaflet", "indirect"),
    ("The relief fund warned that food prices in Taiz would double by the summer.",
     "food prices in Taiz would double by the summer", "relief fund", "indirect"),
    # --- a said clause ends where a coordinated attribution begins (issue 16)
    ("The mayor said the bridge would reopen on Monday, and when asked about the curfew, the "
     "police chief replied, “It stays until further notice.”",
     "the bridge would reopen on Monday", "mayor", "indirect"),
    # --- a said clause the parse hung on a noun after the verb (issue 16)
    ("In Geneva last week, the envoy told a meeting of donor states that few convoys had "
     "reached Darfur since May.",
     "few convoys had reached Darfur since May", "envoy", "indirect"),
    ("The spokesman reported at the time that the army commander, Abdel Rahman, had ordered "
     "the retreat.",
     "the army commander, Abdel Rahman, had ordered the retreat", "spokesman", "indirect"),
    # --- a that-clause whose subject is itself a clause (issue 16)
    ("The envoy said that because the talks had stalled does not mean the truce is over.",
     "because the talks had stalled does not mean the truce is over", "envoy", "indirect"),
    # --- not attributions --------------------------------------------------------------------------
    ("The commander is said to be hiding in the hills above Kidal.",
     "hiding in the hills above Kidal", None, None),
    ("The so-called Islamic State claimed the bombing in Kabul.",
     "Islamic State", None, None),
    ("The “liberation” of the town left hundreds of houses in ruins.",
     "liberation", None, None),
    ("Fighters from the “Wagner” group were seen near the airport.",
     "Wagner", None, None),
    ("Police found three bodies in the river near Culiacan.",
     "three bodies in the river", None, None),
    ("The reported death toll rose to 70 after the quake in Herat.",
     "death toll rose to 70", None, None),
    ("The film “Route Irish” was shown at the festival in Baghdad.",
     "Route Irish", None, None),
    ("One of the protesters, who asked not to be named, said the soldiers fired first.",
     "not to be named", None, None),
    ("Investigations revealed that the weapons had been smuggled through Libya.",
     "the weapons had been smuggled through Libya", None, None),
    ("The programme was called “Voices of the Siege.” It was broadcast from Sarajevo.",
     "Voices of the Siege.", None, None),
    # --- a statement verb closing a parenthetical attribution (..., studies have shown)
    ("Most of the displaced families still live in tents, aid agency studies have shown.",
     "Most of the displaced families still live in tents", "aid agency studies", "indirect"),
    ("One slide shows that most of the displaced families live in tents.",
     "most of the displaced families live in tents", "One slide", "indirect"),
    # --- discuss takes its topic as object; a date after "on" is no topic
    ("The defence minister discussed the supply of artillery shells with his Polish counterpart.",
     "the supply of artillery shells with his Polish counterpart", "defence minister", "indirect"),
    ("The envoy spoke for about ten minutes.", "about ten minutes", None, None),
    ("The envoy spoke on Tuesday.", "Tuesday", None, None),
    # --- the object of a verb of telling is who was addressed, not what was said
    ("The convoy was stopped at the border, the governor told reporters.",
     "The convoy was stopped at the border", "governor", "indirect"),
    ("The convoy, the governor told me, never reached the camp.",
     "The convoy, the governor told me, never reached the camp", "governor", "indirect"),
    ("Aid is arriving late, officials report; however, the governor denies these claims.",
     "these claims", "governor", "indirect"),
    # --- claims, demands and promises as noun phrases; a gerund clause as object; X as Y
    ("The group claimed responsibility for the bombing in Mogadishu.",
     "responsibility for the bombing in Mogadishu", "group", "indirect"),
    ("The car bomb claimed the lives of twelve soldiers.", "the lives of twelve soldiers", None, None),
    ("The opposition leader vowed revenge for the killings.",
     "revenge for the killings", "opposition leader", "indirect"),
    ("The governor admitted using public funds for the campaign.",
     "using public funds for the campaign", "governor", "indirect"),
    ("Many residents regard the militia as their only protection.",
     "the militia as their only protection", "Many residents", "indirect"),
    # --- a closing attribution whose verb the tagger took for a plural noun; a database speaks
    ("Secrecy is not a stranger when it comes to the governor's health, the governor's former "
     "doctor maintains.", "Secrecy is not a stranger when it comes to the governor's health",
     ("doctor", "former doctor", "governor's former doctor"), "indirect"),
    ("Okafor is one of at least 70 people detained by police so far this year, according to a "
     "Reuters database tracking such arrests.",
     "Okafor is one of at least 70 people detained by police so far this year",
     ("Reuters", "Reuters database", "Reuters database tracking such arrests"), "indirect"),
    # --- a passive verb of describing states its subject and the description
    ("The general has been called a war criminal by several rights groups.",
     "The general has been called a war criminal", ("several rights groups", "rights groups"),
     "indirect"),
    ("The general has been called a war criminal by rights groups for ordering the siege.",
     "ordering the siege", None, None),
    # --- according to X as an aside inside the sentence
    ("The strike, according to the health ministry, killed 12 people in the camp.",
     "The strike, according to the health ministry, killed 12 people in the camp",
     ("health ministry", "Health Ministry"), "indirect"),
    ("Villagers, according to local reports, fled toward the border overnight.",
     "Villagers, according to local reports, fled toward the border overnight", "local reports",
     "indirect"),
    # --- a statement noun whose owner is named before it or after "by"
    ("The minister rejected a Reuters report that troops had crossed the border.",
     "troops had crossed the border", "Reuters", "indirect"),
    ("Officials dismissed the claim by Hamas that the hostages had been moved.",
     "the hostages had been moved", ("Hamas", "Harakat al-Muqawama al-Islamiya"), "indirect"),
    ("The report that the town had fallen was false.", "the town had fallen", None, None),
    ("There are growing fears that the dam near Derna could burst.",
     "the dam near Derna could burst", None, "indirect"),
    # --- an intention noun's infinitive and a topic noun's object, owned by a possessor
    ("The president's decision to withdraw the troops from Mali angered his allies.",
     "to withdraw the troops from Mali", "president", "indirect"),
    ("The rebels' offer to release ten hostages in Marib was rejected.",
     "to release ten hostages in Marib", "rebels", "indirect"),
    ("The minister's comments on the refugee crisis in Lesbos drew criticism.",
     "the refugee crisis in Lesbos", "minister", "indirect"),
    ("Fighting near Sittwe continued. Aung San Suu Kyi spoke in Naypyidaw on Monday. "
     "Her criticism of the army's raids was sharp.",
     "the army's raids", "Aung San Suu Kyi", "indirect"),
    ("The prosecution's case against the warlord rests on two witnesses.", "the warlord",
     "prosecution", "indirect"),
    ("The case against the colonel in Bunia is pending.", "the colonel in Bunia", None, None),
    ("A decision to close the crossing at Rafah was taken on Monday.",
     "to close the crossing at Rafah", None, None),
    ("The militia's attack on the checkpoint in Zinjibar killed four soldiers.",
     "the checkpoint in Zinjibar", None, None),
    ("The army's positions on the ridge above Goma were shelled.", "the ridge above Goma",
     None, None),
    ("Iran's support for the Houthis in Yemen worries Riyadh.", "the Houthis in Yemen",
     None, None),
    # --- a title-case headline whose verb the tagger misreads (issue 16)
    ("Farm Unions Slam Brussels Over New Import Quotas.\n\nFarmers protested on Monday.",
     "Brussels Over New Import Quotas", "Farm Unions", "indirect"),
    ("Macron Vows To Rebuild The Cathedral Within Five Years.\n\n"
     "President Emmanuel Macron spoke on Monday.",
     "To Rebuild The Cathedral Within Five Years", "Emmanuel Macron", "indirect"),
    ("Water Shortages Drive Families From The Valley, Aid Officials Say.\n\nThe wells ran dry.",
     "Water Shortages Drive Families From The Valley", "Aid Officials", "indirect"),
    ("Obama Power Plant Rules Face Review In Court.\n\nThe case opens next week.",
     "Face Review In Court", None, None),
    ("Reviewing the Council's Record on Refugees and Peacekeeping.\n\nThe council meets today.",
     "on Refugees and Peacekeeping", None, None),
    # --- an amount of speakers ("a number of lawmakers"), panels, boards and role nouns
    ("A number of lawmakers in Nairobi questioned the plan to deploy police to Haiti.",
     "the plan to deploy police to Haiti", "number of lawmakers in Nairobi", "indirect"),
    ("Dozens of newspapers endorsed the ceasefire plan for Tigray.",
     "the ceasefire plan for Tigray", "Dozens of newspapers", "indirect"),
    ("A number of rockets hit the base near Erbil on Sunday.", "the base near Erbil", None, None),
    ("A UN panel of experts found that the militia had recruited children in Ituri.",
     "the militia had recruited children in Ituri", "UN panel of experts", "indirect"),
    ("Two speechwriters urged the president to mention the hostages in Gaza.",
     "the president to mention the hostages in Gaza", "Two speechwriters", "indirect"),
    # --- wanting something, ignoring it, judging it so; an owned agreement; by X's admission
    ("Displaced families in Kassala want more clinics.", "more clinics",
     "Displaced families in Kassala", "indirect"),
    ("The junta has ignored repeated calls for a ceasefire in Sagaing.",
     "repeated calls for a ceasefire in Sagaing", "junta", "indirect"),
    ("Aid workers judged the camp unsafe for children.", "the camp unsafe for children",
     "Aid workers", "indirect"),
    ("The two governments signed an agreement to reopen the border crossing at Torkham.",
     "to reopen the border crossing at Torkham", "two governments", "indirect"),
    ("An agreement to reopen the crossing at Torkham took effect.",
     "to reopen the crossing at Torkham", None, None),
    ("By the general's own admission, the offensive near Kharkiv has stalled.",
     "the offensive near Kharkiv has stalled", "general", "indirect"),
    ("Leaked emails suggest that the minister knew of the raid in advance.",
     "the minister knew of the raid in advance", "Leaked emails", "indirect"),
    # --- the infinitive of a relative clause whose relative word is the subject
    ("The militia, which has vowed to retake the airport, shelled the town overnight.",
     "to retake the airport", "militia", "indirect"),
    ("Rebels attacked a repair crew that was trying to fix the bridge near Bilin.",
     "to fix the bridge near Bilin", None, None),
    ("A witness who asked not to be named said the convoy was hit near Kidal.",
     "not to be named", None, None),
    # --- what a source asks for to stay unnamed is a condition, not a statement
    ("A police officer, who refused to give his name, said the bus was hit near Mardan.",
     "to give his name", None, None),
    ("The guard declined to be identified because he was not allowed to talk to the press.",
     "to be identified", None, None),
    ("A nurse, who asked that her name not be used, said the clinic had run out of fuel.",
     "her name not be used", None, None),
    ("A fighter who did not want to reveal his identity said the unit pulled back from Kupiansk.",
     "his identity", None, None),
    ("The army refused to release the names of the soldiers killed in the ambush.",
     "to release the names of the soldiers killed in the ambush", "army", "indirect"),
    ("The police revealed the identity of the gunman on Sunday.",
     "the identity of the gunman", "police", "indirect"),
]


def _speaker_ok(found: str | None, wanted: str | tuple[str, ...] | None) -> bool:
    if wanted is None:
        return found is None
    accepted = wanted if isinstance(wanted, tuple) else (wanted,)
    return found in accepted


@pytest.mark.parametrize("text, quote, speaker, kind", CASES)
def test_attribution(nlp, text, quote, speaker, kind):
    statements = nlp(text)._.quotes
    if kind is None:
        assert all(quote not in q.text for q in statements), statements
        return
    matching = [q for q in statements if q.text == quote]
    assert matching, [(q.kind, q.text, q.speaker) for q in statements]
    assert any(q.kind == kind and _speaker_ok(q.speaker_name, speaker) for q in matching), [
        (q.kind, q.text, q.speaker_name) for q in matching
    ]


@pytest.mark.parametrize("text, name, title", [
    ("“The road to Goma is cut,” said Rep. Jane Okafor (D-Ill.), head of the Africa subcommittee.",
     "Jane Okafor", "head of the Africa subcommittee"),
    ("Foreign Minister Sergey Lavrov said Moscow would respond to any new sanctions.",
     "Sergey Lavrov", "Foreign Minister"),
])
def test_speaker_span_and_title(nlp, text, name, title):
    [statement] = [q for q in nlp(text)._.quotes if q.kind != "partial"]
    assert statement.speaker == name
    assert statement.speaker_title == title
    start, end = statement.speaker_span
    assert text[start:end] == name


OKELLO = ("Tom Okello runs the clinic in Gulu.\n\n“We treat forty children a day,” "
          "Mr. Okello said.")


def test_speaker_as_written_by_default(nlp):
    """``speaker`` is the name as the attributing mention writes it; ``speaker_name`` the
    article's full name for that person."""
    [quote] = nlp(OKELLO)._.quotes
    assert (quote.speaker, quote.speaker_name) == ("Mr. Okello", "Tom Okello")


def test_speaker_canonical_setting():
    """``speaker_form="canonical"`` gives the full name in ``speaker`` too."""
    nlp = load()
    nlp.replace_pipe("conflict_quotes", "conflict_quotes", config={"speaker_form": "canonical"})
    [quote] = nlp(OKELLO)._.quotes
    assert (quote.speaker, quote.speaker_name) == ("Tom Okello", "Tom Okello")


def test_speaker_form_must_be_known():
    with pytest.raises(ValueError, match="speaker_form 'full' is not one of canonical, as_written"):
        QuoteSettings(speaker_form="full")


def test_plural_noun_tag_on_a_reporting_verb(nlp):
    """A reporting verb the tagger took for a plural noun still reports when the parse gives it a
    subject and a clause (``Trump claims that ...`` tagged NNS)."""
    from spacy.tokens import Doc

    from conflict_extract.components.quotes.cues import is_verb_use

    words = ["Trump", "claims", "that", "he", "won", "."]
    doc = Doc(nlp.vocab, words=words, tags=["NNP", "NNS", "IN", "PRP", "VBD", "."],
              pos=["PROPN", "NOUN", "SCONJ", "PRON", "VERB", "PUNCT"],
              deps=["nsubj", "ROOT", "mark", "nsubj", "ccomp", "punct"], heads=[1, 1, 4, 4, 1, 1])
    assert is_verb_use(doc[1])
    rival = Doc(nlp.vocab, words=["The", "claims", "were", "false", "."],
                tags=["DT", "NNS", "VBD", "JJ", "."], pos=["DET", "NOUN", "AUX", "ADJ", "PUNCT"],
                deps=["det", "nsubj", "ROOT", "acomp", "punct"], heads=[1, 2, 2, 2, 2])
    assert not is_verb_use(rival[1])


def test_cue_is_recorded(nlp):
    [statement] = nlp("The Kremlin warned that any attack on Crimea would be answered.")._.quotes
    assert statement.cue == "warned"
    assert statement.text == "any attack on Crimea would be answered"
