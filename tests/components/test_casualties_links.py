"""Every figure linked (issue 21): place, date, source, perpetrator and cause of wire-style reports.

Reports written for this table across more than fifteen conflicts (Ukraine, Somalia, Sudan,
Myanmar, Gaza, Lebanon, Nigeria, Burkina Faso, Mali, DR Congo, Yemen, Afghanistan, Pakistan, Iraq,
Syria, Colombia, Haiti, Ethiopia, Kashmir, Kenya, Bangladesh, Mozambique, Libya, Niger, Cameroon,
CAR, South Sudan, Armenia-Azerbaijan ...), all published on Wednesday 17 April 2024. Each case
checks the first main figure; ``place`` is the surface form of the linked place, which must be an
entry of ``places`` named by the figure's ``place_index``. A key left out is not checked.

``perpetrator`` and ``attributed_to`` give the canonical ``name`` of the article's group when
``groups`` has one, so ``jq`` can join a figure to its group: ``police said`` gives ``Nigeria
Police Force``, ``gunmen`` ``Unidentified Armed Group (Nigeria)``. A drone strike whose operator
is not stated is ``Unidentified Military Forces`` (as ACLED codes it); a nationality in the phrase
(``a Ukrainian drone attack``) names that state's forces instead, under the actor dictionary's
name (``Armed Forces of Ukraine``, ``Israel Defense Forces``) when the article names no group of
them, so two reports of one strike name one perpetrator.
"""

from __future__ import annotations

import pytest

from conflict_extract import annotate
from conflict_extract.models import Article

CASES = [
    ('A Russian missile struck an apartment building in the city of Dnipro on Tuesday, killing at least 14 people, Ukrainian officials said.',
     {'outcome': 'killed', 'count': 14, 'place': 'Dnipro', 'date': '2024-04-16', 'attributed_to': 'Ukrainian officials', 'perpetrator': 'Russian Armed Forces', 'cause': 'Russian missile'}),
    ('Russian shelling killed two civilians in the village of Bilozerka in the Kherson region on Monday, the regional governor said.',
     {'outcome': 'killed', 'count': 2, 'place': 'Bilozerka', 'date': '2024-04-15', 'attributed_to': 'regional governor', 'perpetrator': 'Russian Armed Forces', 'cause': 'Russian shelling'}),
    ('A Ukrainian drone attack killed three people in the Russian city of Belgorod on Sunday, the local governor said.',
     {'outcome': 'killed', 'count': 3, 'place': 'Belgorod', 'date': '2024-04-14', 'attributed_to': 'local governor', 'perpetrator': 'Armed Forces of Ukraine', 'cause': 'Ukrainian drone attack'}),
    ('Five people were wounded when a Russian drone hit a bus in Kharkiv on Tuesday, according to the mayor.',
     {'outcome': 'injured', 'count': 5, 'place': 'Kharkiv', 'date': '2024-04-16', 'attributed_to': 'mayor', 'perpetrator': 'Russian Armed Forces', 'cause': 'Russian drone'}),
    ('Two soldiers were killed in an al-Shabaab ambush near Kismayo on Monday, a local official said.',
     {'outcome': 'killed', 'count': 2, 'place': 'Kismayo', 'date': '2024-04-15', 'attributed_to': 'local official', 'perpetrator': 'Al-Shabaab', 'cause': 'al-Shabaab ambush'}),
    ('Al-Shabaab militants killed eight soldiers in an attack on a military base in Hiraan region on Sunday, a military officer said.',
     {'outcome': 'killed', 'count': 8, 'place': 'Hiraan', 'date': '2024-04-14', 'attributed_to': 'military officer', 'perpetrator': 'Al-Shabaab', 'cause': 'attack'}),
    ('A car bomb killed at least 10 people at a restaurant in Mogadishu on Tuesday, police said.',
     {'outcome': 'killed', 'count': 10, 'place': 'Mogadishu', 'date': '2024-04-16', 'attributed_to': 'Somali Police Force', 'perpetrator': None, 'cause': 'car bomb'}),
    ('RSF shelling killed 15 civilians in El Fasher on Monday, a medical group said.',
     {'outcome': 'killed', 'count': 15, 'place': 'El Fasher', 'date': '2024-04-15', 'attributed_to': 'medical group', 'perpetrator': 'Rapid Support Forces'}),
    ('At least 40 people were killed in a Rapid Support Forces attack on a village in Gezira state on Sunday, activists said.',
     {'outcome': 'killed', 'count': 40, 'place': 'Gezira', 'date': '2024-04-14', 'attributed_to': 'activists', 'perpetrator': 'Rapid Support Forces', 'cause': 'Rapid Support Forces attack'}),
    ('Sudanese army air strikes killed 12 people in a market in Nyala on Tuesday, the Emergency Lawyers group said.',
     {'outcome': 'killed', 'count': 12, 'place': 'Nyala', 'date': '2024-04-16', 'attributed_to': 'Emergency Lawyers', 'perpetrator': 'Sudanese Armed Forces', 'cause': 'Sudanese army air strikes'}),
    ("At least 12 villagers were killed in an air strike in Myanmar's Sagaing region on Monday, residents said.",
     {'outcome': 'killed', 'count': 12, 'place': 'Sagaing', 'date': '2024-04-15', 'attributed_to': 'residents', 'perpetrator': None, 'cause': 'air strike'}),
    ('The Myanmar military killed 20 people in a raid on a village in Magway region on Sunday, a local resistance group said.',
     {'outcome': 'killed', 'count': 20, 'place': 'Magway', 'date': '2024-04-14', 'attributed_to': 'local resistance group', 'perpetrator': 'Tatmadaw', 'cause': 'raid'}),
    ('The Arakan Army said 15 soldiers were killed in fighting in Rakhine state on Tuesday.',
     {'outcome': 'killed', 'count': 15, 'place': 'Rakhine', 'date': '2024-04-16', 'attributed_to': 'Arakan Army', 'perpetrator': None, 'cause': 'fighting'}),
    ('An Israeli air strike killed 11 people in a house in Rafah on Monday, the Gaza health ministry said.',
     {'outcome': 'killed', 'count': 11, 'place': 'Rafah', 'date': '2024-04-15', 'attributed_to': 'Gaza Health Ministry', 'perpetrator': 'Israel Defense Forces', 'cause': 'Israeli air strike'}),
    ('Israeli strikes killed 18 people in the Nuseirat refugee camp on Tuesday, Palestinian health officials said.',
     {'outcome': 'killed', 'count': 18, 'place': 'Nuseirat', 'date': '2024-04-16', 'attributed_to': 'Palestinian health officials', 'perpetrator': 'Israel Defense Forces', 'cause': 'Israeli strikes'}),
    ('Hezbollah said four of its fighters were killed by Israeli strikes in southern Lebanon on Sunday.',
     {'outcome': 'killed', 'count': 4, 'place': 'southern Lebanon', 'date': '2024-04-14', 'attributed_to': 'Hezbollah', 'perpetrator': 'Israel Defense Forces', 'cause': 'Israeli strikes'}),
    ("An Israeli drone strike killed two people in a car near Tyre on Monday, Lebanon's state news agency said.",
     {'outcome': 'killed', 'count': 2, 'place': 'Tyre', 'date': '2024-04-15', 'attributed_to': "Lebanon's state news agency", 'perpetrator': 'Israel Defense Forces', 'cause': 'Israeli drone strike'}),
    ('Boko Haram fighters killed 23 farmers in Borno state on Sunday, a local official said.',
     {'outcome': 'killed', 'count': 23, 'place': 'Borno', 'date': '2024-04-14', 'attributed_to': 'local official', 'perpetrator': 'Boko Haram', 'cause': None}),
    ('Gunmen killed 12 worshippers at a mosque in Katsina state on Tuesday, police said.',
     {'outcome': 'killed', 'count': 12, 'place': 'Katsina', 'date': '2024-04-16', 'attributed_to': 'Nigeria Police Force', 'perpetrator': 'Unidentified Armed Group (Nigeria)', 'cause': None}),
    ('ISWAP militants killed six soldiers in an attack on a base in Yobe state on Monday, the army said.',
     {'outcome': 'killed', 'count': 6, 'place': 'Yobe', 'date': '2024-04-15', 'attributed_to': 'government forces', 'perpetrator': 'Islamic State West Africa Province', 'cause': 'attack'}),
    ('Suspected jihadists killed 30 civilians in an attack on a village in northern Burkina Faso on Sunday, security sources said.',
     {'outcome': 'killed', 'count': 30, 'place': 'northern Burkina Faso', 'date': '2024-04-14', 'attributed_to': 'security sources', 'perpetrator': 'Unidentified Armed Group (Burkina Faso)', 'cause': 'attack'}),
    ('JNIM militants killed 15 soldiers in an ambush near Mopti on Monday, the army said.',
     {'outcome': 'killed', 'count': 15, 'place': 'Mopti', 'date': '2024-04-15', 'attributed_to': 'government forces', 'perpetrator': "Jama'at Nasr al-Islam wal Muslimin", 'cause': 'ambush'}),
    ('A drone strike killed eight people at a wedding in the Mopti region of Mali on Tuesday, witnesses said.',
     {'outcome': 'killed', 'count': 8, 'place': 'Mopti', 'date': '2024-04-16', 'attributed_to': 'witnesses', 'perpetrator': 'Unidentified Military Forces', 'cause': 'drone strike'}),
    ('M23 rebels killed nine civilians in the town of Sake in North Kivu on Monday, local officials said.',
     {'outcome': 'killed', 'count': 9, 'place': 'Sake', 'date': '2024-04-15', 'attributed_to': 'local officials', 'perpetrator': 'March 23 Movement', 'cause': None}),
    ('ADF rebels killed 20 people in an attack on a village near Beni on Sunday, a civil society leader said.',
     {'outcome': 'killed', 'count': 20, 'place': 'Beni', 'date': '2024-04-14', 'attributed_to': 'civil society leader', 'perpetrator': 'Allied Democratic Forces', 'cause': 'attack'}),
    ('A bomb killed 16 people at a market in Goma on Tuesday, the provincial governor said.',
     {'outcome': 'killed', 'count': 16, 'place': 'Goma', 'date': '2024-04-16', 'attributed_to': 'provincial governor', 'perpetrator': None, 'cause': 'bomb'}),
    ('Houthi missiles killed three sailors on a cargo ship in the Gulf of Aden on Tuesday, the US military said.',
     {'outcome': 'killed', 'count': 3, 'place': 'Gulf of Aden', 'date': '2024-04-16', 'attributed_to': 'United States Armed Forces', 'perpetrator': 'Houthis', 'cause': 'Houthi missiles'}),
    ('A Saudi-led coalition air strike killed seven people in Saada province on Monday, the Houthi-run health ministry said.',
     {'outcome': 'killed', 'count': 7, 'place': 'Saada', 'date': '2024-04-15', 'attributed_to': 'Yemeni Health Ministry (Sanaa)', 'perpetrator': 'Saudi-led coalition', 'cause': 'coalition air strike'}),
    ('Taliban forces killed four people at a protest in Kabul on Sunday, witnesses said.',
     {'outcome': 'killed', 'count': 4, 'place': 'Kabul', 'date': '2024-04-14', 'attributed_to': 'witnesses', 'perpetrator': 'Taliban', 'cause': None}),
    ('A suicide bomber killed 12 people at a mosque in Peshawar on Monday, police said.',
     {'outcome': 'killed', 'count': 12, 'place': 'Peshawar', 'date': '2024-04-15', 'attributed_to': 'Police Forces of Pakistan', 'perpetrator': 'suicide bomber', 'cause': None}),
    ('TTP militants killed five policemen in an attack on a checkpoint in Dera Ismail Khan on Tuesday, officials said.',
     {'outcome': 'killed', 'count': 5, 'place': 'Dera Ismail Khan', 'date': '2024-04-16', 'attributed_to': 'officials', 'perpetrator': 'Tehrik-i-Taliban Pakistan', 'cause': 'attack'}),
    ('Seven soldiers were killed in a gunfight with militants in North Waziristan on Sunday, the military said.',
     {'outcome': 'killed', 'count': 7, 'place': 'North Waziristan', 'date': '2024-04-14', 'attributed_to': 'government forces', 'perpetrator': None, 'cause': None}),
    ('Islamic State militants killed three soldiers in an ambush near Kirkuk on Monday, Iraqi security sources said.',
     {'outcome': 'killed', 'count': 3, 'place': 'Kirkuk', 'date': '2024-04-15', 'attributed_to': 'Iraqi security sources', 'perpetrator': 'Islamic State', 'cause': 'ambush'}),
    ('A Turkish drone strike killed two PKK fighters in the Sinjar district on Tuesday, a local official said.',
     {'outcome': 'killed', 'count': 2, 'place': 'Sinjar', 'date': '2024-04-16', 'attributed_to': 'local official', 'perpetrator': 'Turkish Armed Forces', 'cause': 'Turkish drone strike'}),
    ('Turkish air strikes killed nine people in northeast Syria on Sunday, the Syrian Observatory for Human Rights said.',
     {'outcome': 'killed', 'count': 9, 'place': 'northeast Syria', 'date': '2024-04-14', 'attributed_to': 'Syrian Observatory for Human Rights', 'perpetrator': 'Turkish Armed Forces', 'cause': 'Turkish air strikes'}),
    ('Syrian government shelling killed six civilians in Idlib province on Monday, the White Helmets said.',
     {'outcome': 'killed', 'count': 6, 'place': 'Idlib', 'date': '2024-04-15', 'attributed_to': 'Syria Civil Defence', 'perpetrator': 'Syria'}),
    ('ELN guerrillas killed two soldiers in an attack in Arauca department on Tuesday, the army said.',
     {'outcome': 'killed', 'count': 2, 'place': 'Arauca', 'date': '2024-04-16', 'attributed_to': 'government forces', 'perpetrator': 'National Liberation Army (Colombia)', 'cause': 'attack'}),
    ('FARC dissidents killed three police officers in Cauca on Sunday, the defence ministry said.',
     {'outcome': 'killed', 'count': 3, 'place': 'Cauca', 'date': '2024-04-14', 'attributed_to': 'Defence Ministry', 'perpetrator': 'FARC dissidents', 'cause': None}),
    ('Gang members killed 10 people in the Haitian capital Port-au-Prince on Monday, a human rights group said.',
     {'outcome': 'killed', 'count': 10, 'date': '2024-04-15', 'attributed_to': 'human rights group', 'perpetrator': None, 'cause': None}),
    ('Ethiopian army drone strikes killed 26 people in the Amhara region on Tuesday, residents said.',
     {'outcome': 'killed', 'count': 26, 'place': 'Amhara', 'date': '2024-04-16', 'attributed_to': 'residents', 'perpetrator': 'Ethiopian National Defense Force', 'cause': 'Ethiopian army drone strikes'}),
    ('Fano militiamen killed five federal police officers in Gondar on Sunday, a local official said.',
     {'outcome': 'killed', 'count': 5, 'place': 'Gondar', 'date': '2024-04-14', 'attributed_to': 'local official', 'perpetrator': 'Fano', 'cause': None}),
    ('Armed herders killed 17 people in Plateau state on Monday, a community leader said.',
     {'outcome': 'killed', 'count': 17, 'place': 'Plateau', 'date': '2024-04-15', 'attributed_to': 'community leader', 'perpetrator': None, 'cause': None}),
    ('Gunmen abducted 25 students from a school in Kaduna state on Tuesday, police said.',
     {'outcome': 'kidnapped', 'count': 25, 'place': 'Kaduna', 'date': '2024-04-16', 'attributed_to': 'Nigeria Police Force', 'perpetrator': 'Unidentified Armed Group (Nigeria)', 'cause': None}),
    ('Indian security forces killed three militants in a gunfight in Kupwara district on Monday, police said.',
     {'outcome': 'killed', 'count': 3, 'place': 'Kupwara district', 'date': '2024-04-15', 'attributed_to': 'Police Forces of India', 'perpetrator': 'Indian Armed Forces', 'cause': None}),
    ('Two Indian soldiers were killed by militants in Rajouri district on Sunday, the army said.',
     {'outcome': 'killed', 'count': 2, 'place': 'Rajouri', 'date': '2024-04-14', 'attributed_to': 'Indian Armed Forces', 'perpetrator': 'Unidentified Armed Group (India)', 'cause': None}),
    ('Police shot dead two protesters in Nairobi on Tuesday, Amnesty International said.',
     {'outcome': 'killed', 'count': 2, 'place': 'Nairobi', 'date': '2024-04-16', 'attributed_to': 'Amnesty International', 'perpetrator': 'Police Forces of Kenya', 'cause': None}),
    ('Security forces killed five demonstrators in Dhaka on Monday, a hospital official said.',
     {'outcome': 'killed', 'count': 5, 'place': 'Dhaka', 'date': '2024-04-15', 'attributed_to': 'hospital official', 'perpetrator': 'government forces', 'cause': None}),
    ('Police arrested 40 protesters in Tbilisi on Sunday, the interior ministry said.',
     {'outcome': 'arrested', 'count': 40, 'place': 'Tbilisi', 'date': '2024-04-14', 'attributed_to': 'Georgian Interior Ministry', 'perpetrator': 'Police Forces of Georgia', 'cause': None}),
    ('Mozambican troops killed 11 insurgents in Cabo Delgado on Tuesday, the defence ministry said.',
     {'outcome': 'killed', 'count': 11, 'place': 'Cabo Delgado', 'date': '2024-04-16', 'attributed_to': 'Mozambican Defence Ministry', 'perpetrator': 'Mozambique Defence Armed Forces', 'cause': None}),
    ('Insurgents killed six villagers in Macomia district of Cabo Delgado province on Monday, local sources said.',
     {'outcome': 'killed', 'count': 6, 'place': 'Macomia', 'date': '2024-04-15', 'attributed_to': 'local sources', 'perpetrator': 'Mozambican insurgents', 'cause': None}),
    ('Clashes between rival militias killed 14 people in Tripoli on Monday, the health ministry said.',
     {'outcome': 'killed', 'count': 14, 'place': 'Tripoli', 'date': '2024-04-15', 'attributed_to': 'Libyan Health Ministry', 'perpetrator': None, 'cause': 'Clashes'}),
    ("A roadside bomb killed four soldiers in Niger's Tillaberi region on Sunday, the defence ministry said.",
     {'outcome': 'killed', 'count': 4, 'place': 'Tillaberi', 'date': '2024-04-14', 'attributed_to': 'Nigerien Defence Ministry', 'perpetrator': None, 'cause': 'roadside bomb'}),
    ("Jihadists killed 10 soldiers near the border with Mali on Tuesday, Niger's army said.",
     {'outcome': 'killed', 'count': 10, 'date': '2024-04-16', 'attributed_to': 'Niger Armed Forces', 'perpetrator': 'Unidentified Armed Group', 'cause': None}),
    ('At least 33 people were killed in clashes in Darfur on Monday, according to the United Nations.',
     {'outcome': 'killed', 'count': 33, 'place': 'Darfur', 'date': '2024-04-15', 'attributed_to': 'United Nations', 'perpetrator': None, 'cause': 'clashes'}),
    ("A landmine killed three children in Afghanistan's Helmand province on Sunday, the United Nations said.",
     {'outcome': 'killed', 'count': 3, 'place': 'Helmand', 'date': '2024-04-14', 'attributed_to': 'United Nations', 'perpetrator': None, 'cause': 'landmine'}),
    ('The Syrian Observatory for Human Rights said 12 pro-government fighters were killed in an Islamic State attack in the Badia desert on Tuesday.',
     {'outcome': 'killed', 'count': 12, 'place': 'Badia', 'date': '2024-04-16', 'attributed_to': 'Syrian Observatory for Human Rights', 'perpetrator': 'Islamic State', 'cause': 'Islamic State attack'}),
    ('Ukrainian forces said 35 Russian soldiers were killed in the fighting near Avdiivka on Monday.',
     {'outcome': 'killed', 'count': 35, 'place': 'Avdiivka', 'date': '2024-04-15', 'attributed_to': 'Armed Forces of Ukraine', 'perpetrator': None, 'cause': 'fighting'}),
    ('Two civilians were killed and 10 were wounded in Russian shelling of Kherson on Tuesday, the regional administration said.',
     {'outcome': 'killed', 'count': 2, 'date': '2024-04-16', 'attributed_to': 'regional administration', 'perpetrator': None, 'cause': 'Russian shelling'}),
    ('Seven people died when a Russian glide bomb hit a residential building in Kharkiv on Sunday, the mayor said.',
     {'outcome': 'killed', 'count': 7, 'place': 'Kharkiv', 'date': '2024-04-14', 'attributed_to': 'mayor', 'perpetrator': 'Russian Armed Forces', 'cause': 'Russian glide bomb'}),
    ('An Israeli strike killed a senior Hamas commander in Beirut on Tuesday, Lebanese security sources said.',
     {'outcome': 'killed', 'count': 1, 'place': 'Beirut', 'date': '2024-04-16', 'attributed_to': 'Lebanese security sources', 'perpetrator': 'Israel Defense Forces', 'cause': 'Israeli strike'}),
    ('Palestinian gunmen killed two Israelis at a petrol station near Eli on Monday, the Israeli army said.',
     {'outcome': 'killed', 'count': 2, 'date': '2024-04-15', 'attributed_to': 'Israel Defense Forces', 'perpetrator': 'Unidentified Armed Group (Palestine)', 'cause': None}),
    ('Israeli forces killed three Palestinians in a raid on Jenin on Sunday, the Palestinian health ministry said.',
     {'outcome': 'killed', 'count': 3, 'place': 'Jenin', 'date': '2024-04-14', 'attributed_to': 'Palestinian Health Ministry', 'perpetrator': 'Israel Defense Forces', 'cause': 'raid'}),
    ("The death toll from Monday's bombing in Quetta has risen to 24, officials said.",
     {'outcome': 'killed', 'count': 24, 'place': 'Quetta', 'attributed_to': 'officials', 'perpetrator': None, 'cause': 'bombing'}),
    ('At least 9 people were killed when a bomb exploded on a bus in Balochistan on Tuesday, police said.',
     {'outcome': 'killed', 'count': 9, 'place': 'Balochistan', 'date': '2024-04-16', 'attributed_to': 'Police Forces of Pakistan', 'perpetrator': None, 'cause': 'bomb'}),
    ('Al-Shabaab fighters killed a district commissioner in Lower Shabelle on Monday, a government official said.',
     {'outcome': 'killed', 'count': 1, 'place': 'Lower Shabelle', 'date': '2024-04-15', 'attributed_to': 'government', 'perpetrator': 'Al-Shabaab', 'cause': None}),
    ('Gunmen shot dead a journalist in Tegucigalpa on Sunday, police said.',
     {'outcome': 'killed', 'count': 1, 'place': 'Tegucigalpa', 'date': '2024-04-14', 'attributed_to': 'Honduran National Police', 'perpetrator': 'Unidentified Armed Group (Honduras)', 'cause': None}),
    ('Unidentified gunmen killed a priest in Kaduna state on Tuesday, the diocese said.',
     {'outcome': 'killed', 'count': 1, 'place': 'Kaduna', 'date': '2024-04-16', 'attributed_to': 'diocese', 'perpetrator': 'Unidentified Armed Group (Nigeria)', 'cause': None}),
    ('Militants beheaded 11 villagers in Cabo Delgado on Sunday, a local official said.',
     {'outcome': 'killed', 'count': 11, 'place': 'Cabo Delgado', 'date': '2024-04-14', 'attributed_to': 'local official', 'perpetrator': 'Unidentified Armed Group (Mozambique)', 'cause': None}),
    ('A Hamas rocket killed a man in Ashkelon on Monday, Israeli police said.',
     {'outcome': 'killed', 'count': 1, 'place': 'Ashkelon', 'date': '2024-04-15', 'attributed_to': 'Israel Police', 'perpetrator': 'Hamas', 'cause': 'Hamas rocket'}),
    ('Suspected Fulani herdsmen killed 15 people in Benue state on Tuesday, police said.',
     {'outcome': 'killed', 'count': 15, 'place': 'Benue', 'date': '2024-04-16', 'attributed_to': 'Nigeria Police Force', 'perpetrator': None, 'cause': None}),
    ('Hundreds of people fled their homes in Rakhine state after clashes on Monday, the UN said.',
     {'outcome': 'displaced', 'count': None, 'place': 'Rakhine', 'date': '2024-04-15', 'attributed_to': 'United Nations', 'perpetrator': None, 'cause': 'clashes'}),
    ('At least 20 people were injured in a grenade attack at a rally in Dhaka on Sunday, police said.',
     {'outcome': 'injured', 'count': 20, 'place': 'Dhaka', 'date': '2024-04-14', 'attributed_to': 'Police Forces of Bangladesh', 'perpetrator': None, 'cause': 'grenade attack'}),
    ('The army said 12 militants were killed in an air strike in Hilmand province on Tuesday.',
     {'outcome': 'killed', 'count': 12, 'place': 'Hilmand', 'date': '2024-04-16', 'attributed_to': 'government forces', 'perpetrator': None, 'cause': 'air strike'}),
    ('Government troops killed 17 rebels in fighting near Bambari on Monday, the army said.',
     {'outcome': 'killed', 'count': 17, 'place': 'Bambari', 'date': '2024-04-15', 'attributed_to': 'government forces', 'perpetrator': 'government forces', 'cause': 'fighting'}),
    ('Anti-Balaka militiamen killed eight civilians in the Central African Republic on Sunday, the UN mission said.',
     {'outcome': 'killed', 'count': 8, 'place': 'Central African Republic', 'date': '2024-04-14', 'attributed_to': 'United Nations', 'perpetrator': 'Anti-balaka', 'cause': None}),
    ('A drone strike killed five Wagner fighters near Kidal on Tuesday, Tuareg rebels said.',
     {'outcome': 'killed', 'count': 5, 'place': 'Kidal', 'date': '2024-04-16', 'attributed_to': 'rebels', 'perpetrator': None, 'cause': 'drone strike'}),
    ("Armed men kidnapped 12 aid workers in South Sudan's Jonglei state on Monday, the UN said.",
     {'outcome': 'kidnapped', 'count': 12, 'place': 'Jonglei', 'date': '2024-04-15', 'attributed_to': 'United Nations', 'perpetrator': 'Unidentified Armed Group (South Sudan)', 'cause': None}),
    ('Cattle raiders killed 30 people in Warrap state on Sunday, a local official said.',
     {'outcome': 'killed', 'count': 30, 'place': 'Warrap', 'date': '2024-04-14', 'attributed_to': 'local official', 'perpetrator': 'Unidentified Armed Group (South Sudan)', 'cause': None}),
    ('South Sudanese soldiers killed four civilians in Yei on Tuesday, a rights group said.',
     {'outcome': 'killed', 'count': 4, 'place': 'Yei', 'date': '2024-04-16', 'attributed_to': 'rights group', 'perpetrator': "South Sudan People's Defence Forces", 'cause': None}),
    ('Houthi drones wounded two soldiers in Marib on Monday, a Yemeni military official said.',
     {'outcome': 'injured', 'count': 2, 'place': 'Marib', 'date': '2024-04-15', 'attributed_to': 'Yemeni government forces', 'perpetrator': 'Houthis', 'cause': 'Houthi drones'}),
    ('At least 8 people were killed in a US air strike in Sanaa on Sunday, the Houthi-run Saba news agency said.',
     {'outcome': 'killed', 'count': 8, 'place': 'Sanaa', 'date': '2024-04-14', 'attributed_to': 'Houthis', 'perpetrator': 'United States Armed Forces', 'cause': 'US air strike'}),
    ("Azerbaijani shelling killed two Armenian soldiers near the border on Tuesday, Armenia's defence ministry said.",
     {'outcome': 'killed', 'count': 2, 'place': None, 'date': '2024-04-16', 'attributed_to': 'Armenian Defence Ministry', 'perpetrator': None, 'cause': 'Azerbaijani shelling'}),
    ('Azerbaijan said one of its soldiers was killed by Armenian sniper fire on Monday.',
     {'outcome': 'killed', 'count': 1, 'place': None, 'date': '2024-04-15', 'attributed_to': 'Azerbaijan', 'perpetrator': 'Armed Forces of Armenia', 'cause': 'Armenian sniper fire'}),
    ('Russian air strikes killed seven people in Idlib province on Sunday, rescuers said.',
     {'outcome': 'killed', 'count': 7, 'place': 'Idlib', 'date': '2024-04-14', 'attributed_to': 'rescuers', 'perpetrator': 'Russian Armed Forces', 'cause': 'Russian air strikes'}),
    ('A car bomb killed six people in the Syrian town of Azaz on Tuesday, the White Helmets said.',
     {'outcome': 'killed', 'count': 6, 'place': 'Azaz', 'date': '2024-04-16', 'attributed_to': 'Syria Civil Defence', 'perpetrator': None, 'cause': 'car bomb'}),
    ('Colombian police killed a FARC dissident commander in Cauca on Monday, the defence minister said.',
     {'outcome': 'killed', 'count': 1, 'place': 'Cauca', 'date': '2024-04-15', 'attributed_to': 'minister', 'perpetrator': 'Colombian National Police', 'cause': None}),
    ('Gang violence killed 23 people in Port-au-Prince on Sunday, the United Nations said.',
     {'outcome': 'killed', 'count': 23, 'date': '2024-04-14', 'attributed_to': 'United Nations', 'perpetrator': None, 'cause': 'Gang violence'}),
    ('The explosion killed 14 people at a checkpoint in Kandahar on Tuesday, a Taliban spokesman said.',
     {'outcome': 'killed', 'count': 14, 'place': 'Kandahar', 'date': '2024-04-16', 'attributed_to': 'Taliban', 'perpetrator': None, 'cause': 'explosion'}),
    ('Security forces killed 9 militants in a raid in Khyber district on Monday, the Pakistani military said.',
     {'outcome': 'killed', 'count': 9, 'place': 'Khyber district', 'date': '2024-04-15', 'attributed_to': 'Pakistan Armed Forces', 'perpetrator': 'Pakistan Armed Forces', 'cause': 'raid'}),
    ('Two peacekeepers were killed in an attack on a UN convoy in northern Mali on Sunday, the UN mission said.',
     {'outcome': 'killed', 'count': 2, 'place': 'northern Mali', 'date': '2024-04-14', 'attributed_to': 'United Nations', 'perpetrator': None, 'cause': 'attack'}),
    ("Rebels killed 13 soldiers in an ambush in Cameroon's Northwest region on Tuesday, a military source said.",
     {'outcome': 'killed', 'count': 13, 'place': 'Northwest region', 'date': '2024-04-16', 'attributed_to': 'military source', 'perpetrator': 'Cameroonian rebels', 'cause': 'ambush'}),
    ('Separatist fighters killed four gendarmes near Bamenda on Monday, the army said.',
     {'outcome': 'killed', 'count': 4, 'place': 'Bamenda', 'date': '2024-04-15', 'attributed_to': 'government forces', 'perpetrator': 'separatists', 'cause': None}),
    ('Boko Haram militants abducted 30 women near Gwoza on Sunday, residents said.',
     {'outcome': 'kidnapped', 'count': 30, 'place': 'Gwoza', 'date': '2024-04-14', 'attributed_to': 'residents', 'perpetrator': 'Boko Haram', 'cause': None}),
    ('Five soldiers were killed by a roadside bomb in Kurdistan region on Tuesday, the Iraqi military said.',
     {'outcome': 'killed', 'count': 5, 'place': 'Kurdistan', 'date': '2024-04-16', 'attributed_to': 'Iraqi security forces', 'perpetrator': None, 'cause': 'roadside bomb'}),
    ('Suicide bombers killed 17 people at a church in Kasindi on Sunday, the Congolese army said.',
     {'outcome': 'killed', 'count': 17, 'place': 'Kasindi', 'date': '2024-04-14', 'attributed_to': 'Armed Forces of the Democratic Republic of the Congo', 'perpetrator': 'Suicide bombers', 'cause': None}),
    ('At least 60 people were killed in an RSF attack on the town of Wad al-Nourah on Tuesday, the Sudanese foreign ministry said.',
     {'outcome': 'killed', 'count': 60, 'place': 'Wad al-Nourah', 'date': '2024-04-16', 'attributed_to': 'Sudanese Foreign Ministry', 'perpetrator': 'Rapid Support Forces', 'cause': 'RSF attack'}),
    ('Burundian troops killed 10 rebels in South Kivu on Monday, a military source said.',
     {'outcome': 'killed', 'count': 10, 'place': 'South Kivu', 'date': '2024-04-15', 'attributed_to': 'military source', 'perpetrator': 'Burundi National Defence Force', 'cause': None}),
    ('An air strike by the Myanmar junta killed 30 people at a school in Sagaing region on Tuesday, local media reported.',
     {'outcome': 'killed', 'count': 30, 'place': 'Sagaing', 'date': '2024-04-16', 'attributed_to': 'local media', 'perpetrator': None, 'cause': 'air strike'}),
    ('A mortar shell killed three children in the town of Kadugli on Sunday, a medical source said.',
     {'outcome': 'killed', 'count': 3, 'place': 'Kadugli', 'date': '2024-04-14', 'attributed_to': 'medical source', 'perpetrator': None, 'cause': 'mortar shell'}),
    ('At least 30 people, including 12 children, were killed in Israeli strikes on Khan Younis on Sunday, according to the Gaza health ministry.',
     {'outcome': 'killed', 'count': 30, 'place': 'Khan Younis', 'date': '2024-04-14', 'attributed_to': 'Gaza Health Ministry', 'perpetrator': 'Israel Defense Forces', 'cause': 'Israeli strikes'}),
    ("Nine civilians were killed by a landmine in Ukraine's Zaporizhzhia region on Monday, the regional governor said.",
     {'outcome': 'killed', 'count': 9, 'place': 'Zaporizhzhia', 'date': '2024-04-15', 'attributed_to': 'regional governor', 'perpetrator': None, 'cause': 'landmine'}),
    ('Gunmen killed a police officer and wounded two others in Maiduguri on Tuesday, a police spokesman said.',
     {'outcome': 'killed', 'count': 1, 'place': 'Maiduguri', 'date': '2024-04-16', 'attributed_to': 'Nigeria Police Force', 'perpetrator': 'Unidentified Armed Group (Nigeria)', 'cause': None}),
    ('Four aid workers were killed in an Israeli air strike in Deir al-Balah on Monday, the charity said.',
     {'outcome': 'killed', 'count': 4, 'place': 'Deir al-Balah', 'date': '2024-04-15', 'attributed_to': 'charity', 'perpetrator': 'Israel Defense Forces', 'cause': 'Israeli air strike'}),
    # claims of responsibility name the perpetrator a toll leaves unnamed or unidentified
    ('A suicide bomber killed 14 people at a police checkpoint in Baidoa on Monday, the district commissioner said. Al-Shabaab claimed responsibility for the attack.',
     {'outcome': 'killed', 'count': 14, 'place': 'Baidoa', 'date': '2024-04-15', 'attributed_to': 'district commissioner', 'perpetrator': 'Al-Shabaab'}),
    ('A car bomb exploded near a market in Beledweyne on Tuesday, killing nine people, police said. Al-Shabaab later claimed the bombing.',
     {'outcome': 'killed', 'count': 9, 'place': 'Beledweyne', 'date': '2024-04-16', 'perpetrator': 'Al-Shabaab', 'cause': 'car bomb'}),
    ("Gunmen killed 11 worshippers at a church in Ituri province on Sunday, a local official said. The Allied Democratic Forces claimed responsibility through the Islamic State's news agency.",
     {'outcome': 'killed', 'count': 11, 'place': 'Ituri', 'date': '2024-04-14', 'attributed_to': 'local official', 'perpetrator': 'Allied Democratic Forces'}),
    ('A roadside bomb killed six soldiers in Kunar province on Monday, officials said. No group has claimed responsibility for the blast.',
     {'outcome': 'killed', 'count': 6, 'place': 'Kunar', 'date': '2024-04-15', 'attributed_to': 'officials', 'perpetrator': None, 'cause': 'roadside bomb'}),
    ('Two bombs killed eight people at a bus station in Jalalabad on Tuesday. The Taliban denied involvement, and no one claimed responsibility.',
     {'outcome': 'killed', 'count': 8, 'place': 'Jalalabad', 'date': '2024-04-16', 'attributed_to': None, 'perpetrator': None, 'cause': 'bombs'}),
    ('A bomb killed 13 people at a cafe in Bilbao on Monday, police said. The attack was carried out by ETA, the interior ministry said.',
     {'outcome': 'killed', 'count': 13, 'place': 'Bilbao', 'date': '2024-04-15', 'perpetrator': 'Euskadi Ta Askatasuna', 'cause': 'bomb'}),
    ('Militants killed 17 police officers in an attack on a checkpoint in North Waziristan on Tuesday, the military said. The Pakistani Taliban claimed responsibility.',
     {'outcome': 'killed', 'count': 17, 'place': 'North Waziristan', 'date': '2024-04-16', 'perpetrator': 'Tehrik-i-Taliban Pakistan', 'cause': 'attack'}),
    ('A suicide attack killed 22 people at a rally in Bajaur on Sunday, police said. Islamic State Khorasan Province claimed responsibility for the attack.',
     {'outcome': 'killed', 'count': 22, 'place': 'Bajaur', 'date': '2024-04-14', 'perpetrator': 'Islamic State Khorasan Province', 'cause': 'suicide attack'}),
    ('Four policemen were killed in an IED blast in Sukma district on Monday, a police officer said. Maoist rebels claimed responsibility for the blast in a statement.',
     {'outcome': 'killed', 'count': 4, 'place': 'Sukma', 'date': '2024-04-15', 'perpetrator': 'Maoist rebels', 'cause': 'IED blast'}),
    ('Ten villagers were killed in an attack in Tillaberi region on Sunday, a local official said. The Islamic State Sahel Province later claimed the attack.',
     {'outcome': 'killed', 'count': 10, 'place': 'Tillaberi', 'date': '2024-04-14', 'attributed_to': 'local official', 'perpetrator': 'Islamic State Sahel Province', 'cause': 'attack'}),
    ('Gunmen killed nine passengers on a bus in Balochistan province on Tuesday, officials said. The Balochistan Liberation Army claimed responsibility.',
     {'outcome': 'killed', 'count': 9, 'place': 'Balochistan', 'date': '2024-04-16', 'attributed_to': 'officials', 'perpetrator': 'Balochistan Liberation Army'}),
    ('Militants killed five soldiers in northern Iraq on Monday, the Turkish defence ministry said. The PKK claimed responsibility for the raid.',
     {'outcome': 'killed', 'count': 5, 'place': 'northern Iraq', 'date': '2024-04-15', 'perpetrator': "Kurdistan Workers' Party"}),
    ('A bomb killed six people at a market in Maiduguri on Tuesday, police said. It was not clear who carried out the attack.',
     {'outcome': 'killed', 'count': 6, 'place': 'Maiduguri', 'date': '2024-04-16', 'perpetrator': None, 'cause': 'bomb'}),
    # a fight between two sides is no one group's attack, whatever is claimed after it
    ('Clashes between the army and rebels killed 14 people in Beni territory on Monday, a local official said. The M23 later claimed responsibility for an attack on a base.',
     {'outcome': 'killed', 'count': 14, 'place': 'Beni', 'date': '2024-04-15', 'attributed_to': 'local official', 'perpetrator': None, 'cause': 'Clashes'}),
    # a group the tagger misreads (an acronym taken for a verb) still opens its cause phrase
    ('At least 30 people were killed in IS attacks on army posts near Palmyra on Monday, the Syrian Observatory for Human Rights said.',
     {'outcome': 'killed', 'count': 30, 'place': 'Palmyra', 'date': '2024-04-15', 'attributed_to': 'Syrian Observatory for Human Rights', 'perpetrator': 'Islamic State', 'cause': 'IS attacks'}),
    ('Seven soldiers were wounded in PKK attacks in Hakkari province on Tuesday, the Turkish defence ministry said.',
     {'outcome': 'injured', 'count': 7, 'place': 'Hakkari', 'date': '2024-04-16', 'perpetrator': "Kurdistan Workers' Party", 'cause': 'PKK attacks'}),
    # a place inside a hyphenated modifier names who, not where
    ('A Saudi-led coalition air strike killed 14 people at a wedding in Hajjah province on Tuesday, a health official said.',
     {'outcome': 'killed', 'count': 14, 'place': 'Hajjah', 'date': '2024-04-16', 'attributed_to': 'health official', 'perpetrator': 'Saudi-led coalition'}),
    ('A landmine killed five shepherds in Nangarhar province on Sunday, a provincial spokesman said.',
     {'outcome': 'killed', 'count': 5, 'place': 'Nangarhar', 'date': '2024-04-14', 'attributed_to': 'provincial spokesman', 'perpetrator': None, 'cause': 'landmine'}),
    ('FARC dissidents killed four soldiers in an ambush in Cauca department on Monday, the army said.',
     {'outcome': 'killed', 'count': 4, 'place': 'Cauca', 'date': '2024-04-15', 'perpetrator': 'FARC dissidents', 'cause': 'ambush'}),
    ('Fano militia fighters killed 12 federal soldiers in the Amhara region on Sunday, residents said.',
     {'outcome': 'killed', 'count': 12, 'place': 'Amhara', 'date': '2024-04-14', 'attributed_to': 'residents', 'perpetrator': 'Fano', 'cause': None}),
    ('Tigrayan forces killed 20 civilians in the town of Chenna on Monday, a rights group said.',
     {'outcome': 'killed', 'count': 20, 'place': 'Chenna', 'date': '2024-04-15', 'attributed_to': 'rights group', 'perpetrator': "Tigray People's Liberation Front"}),
    ('A grenade attack wounded 11 people at a market in Srinagar on Sunday, police said.',
     {'outcome': 'injured', 'count': 11, 'place': 'Srinagar', 'date': '2024-04-14', 'attributed_to': 'Police Forces of India', 'perpetrator': None, 'cause': 'grenade attack'}),
    ('Insurgents killed 10 villagers in Cabo Delgado province on Monday, a local administrator said.',
     {'outcome': 'killed', 'count': 10, 'place': 'Cabo Delgado', 'date': '2024-04-15', 'attributed_to': 'local administrator', 'perpetrator': 'insurgents'}),
    ('Al-Shabaab militants killed seven police officers in Lamu county on Tuesday, a police commander said.',
     {'outcome': 'killed', 'count': 7, 'place': 'Lamu county', 'date': '2024-04-16', 'attributed_to': 'Police Forces of Kenya', 'perpetrator': 'Al-Shabaab'}),
    ('An Azerbaijani drone strike killed two Armenian soldiers near the border on Monday, the Armenian defence ministry said.',
     {'outcome': 'killed', 'count': 2, 'place': None, 'date': '2024-04-15', 'attributed_to': 'Armenian Defence Ministry', 'perpetrator': 'Azerbaijani Armed Forces', 'cause': 'Azerbaijani drone strike'}),
    ('Russian air strikes killed 16 people in Idlib province on Sunday, the White Helmets rescue group said.',
     {'outcome': 'killed', 'count': 16, 'place': 'Idlib', 'date': '2024-04-14', 'attributed_to': 'Syria Civil Defence', 'perpetrator': 'Russian Armed Forces', 'cause': 'Russian air strikes'}),
    ('Houthi shelling killed four civilians in Taiz on Monday, local officials said.',
     {'outcome': 'killed', 'count': 4, 'place': 'Taiz', 'date': '2024-04-15', 'attributed_to': 'local officials', 'perpetrator': 'Houthis', 'cause': 'Houthi shelling'}),
    ('Boko Haram militants killed 37 fishermen on the shores of Lake Chad on Sunday, a militia leader said.',
     {'outcome': 'killed', 'count': 37, 'place': 'Lake Chad', 'date': '2024-04-14', 'attributed_to': 'militia leader', 'perpetrator': 'Boko Haram'}),
    ('Bandits killed 15 villagers in Zamfara state on Monday, a police spokesman said.',
     {'outcome': 'killed', 'count': 15, 'place': 'Zamfara', 'date': '2024-04-15', 'attributed_to': 'Nigeria Police Force', 'perpetrator': 'Unidentified Armed Group (Nigeria)'}),
    ('South Sudanese troops killed six civilians in Western Equatoria state on Sunday, a UN report said.',
     {'outcome': 'killed', 'count': 6, 'place': 'Western Equatoria', 'date': '2024-04-14', 'perpetrator': "South Sudan People's Defence Forces"}),
    ('Anti-balaka militiamen killed 12 herders near Bambari on Monday, the UN mission said.',
     {'outcome': 'killed', 'count': 12, 'place': 'Bambari', 'date': '2024-04-15', 'perpetrator': 'Anti-balaka'}),
    ('A mortar attack killed seven people in Tripoli on Tuesday, the health ministry said.',
     {'outcome': 'killed', 'count': 7, 'place': 'Tripoli', 'date': '2024-04-16', 'perpetrator': None, 'cause': 'mortar attack'}),
    ('Unidentified gunmen killed a village chief and two of his guards in Ituri on Sunday, a local official said.',
     {'outcome': 'killed', 'count': 1, 'place': 'Ituri', 'date': '2024-04-14', 'attributed_to': 'local official', 'perpetrator': 'Unidentified Armed Group (Democratic Republic of the Congo)'}),
    ('Israeli strikes killed 21 people in Jabalia on Monday, the civil defence agency said.',
     {'outcome': 'killed', 'count': 21, 'place': 'Jabalia', 'date': '2024-04-15', 'attributed_to': 'civil defence agency', 'perpetrator': 'Israel Defense Forces', 'cause': 'Israeli strikes'}),
    ('Seven people were killed in RSF shelling on Omdurman on Monday, a medical source said.',
     {'outcome': 'killed', 'count': 7, 'place': 'Omdurman', 'date': '2024-04-15', 'perpetrator': 'Rapid Support Forces', 'cause': 'RSF shelling'}),
    ('A US-backed militia killed nine Islamic State fighters near Raqqa on Sunday, a war monitor said.',
     {'outcome': 'killed', 'count': 9, 'place': 'Raqqa', 'date': '2024-04-14'}),
    # "they" takes the attacker the sentence before names
    ('Taliban gunmen stormed an army base in Helmand province on Tuesday. They killed 23 soldiers and wounded 15 others, officials said.',
     {'outcome': 'killed', 'count': 23, 'place': 'Helmand', 'date': '2024-04-16', 'attributed_to': 'officials', 'perpetrator': 'Taliban'}),
    ('Al-Shabaab fighters stormed a hotel in Mogadishu on Friday. They killed 12 guests before soldiers ended the siege, police said.',
     {'outcome': 'killed', 'count': 12, 'place': 'Mogadishu', 'date': '2024-04-12', 'perpetrator': 'Al-Shabaab'}),
    # a country before a noun of people is a nationality, not where
    ('Two U.S. service members were killed in a drone attack on a base in Jordan on Sunday, the Pentagon said.',
     {'outcome': 'killed', 'count': 2, 'place': 'Jordan', 'date': '2024-04-14', 'attributed_to': 'United States Armed Forces', 'cause': 'drone attack'}),
    ('Five U.S. soldiers were wounded in a rocket attack on a base in eastern Syria on Monday, a US official said.',
     {'outcome': 'injured', 'count': 5, 'place': 'eastern Syria', 'date': '2024-04-15', 'attributed_to': 'US official', 'cause': 'rocket attack'}),
    # a bare gerund after "in" is still the cause
    ('Aleppo residents said 12 people were killed in shelling on Monday.',
     {'outcome': 'killed', 'count': 12, 'place': 'Aleppo', 'date': '2024-04-15', 'attributed_to': 'Aleppo residents', 'cause': 'shelling'}),
    # a sentence opening with a preposition before the place (the model may take it for a name)
    ('Near Kismayo, two Somali soldiers were killed by a roadside bomb on Monday, an army officer said.',
     {'outcome': 'killed', 'count': 2, 'place': 'Kismayo', 'date': '2024-04-15', 'attributed_to': 'Somali National Army'}),
    ('Outside Goma, M23 rebels killed six displaced people on Sunday, camp leaders said.',
     {'outcome': 'killed', 'count': 6, 'place': 'Goma', 'date': '2024-04-14', 'attributed_to': 'camp leaders', 'perpetrator': 'March 23 Movement'}),
    ('On Friday, in the north of Borno state, a roadside bomb killed five soldiers, the army said.',
     {'outcome': 'killed', 'count': 5, 'place': 'Borno', 'date': '2024-04-12', 'cause': 'roadside bomb'}),
    ('Outside Goma, six displaced people were killed by M23 rebels on Sunday, camp leaders said.',
     {'outcome': 'killed', 'count': 6, 'place': 'Goma', 'date': '2024-04-14', 'attributed_to': 'camp leaders', 'perpetrator': 'March 23 Movement'}),
]


@pytest.fixture(scope="module")
def records(nlp) -> dict:
    """Every report of the table run through the pipeline in one batch."""
    articles = [Article(id=str(i), text=text, source="<test>", published="2024-04-17")
                for i, (text, _expected) in enumerate(CASES)]
    return {text: record for (text, _e), record in zip(CASES, annotate(nlp, articles), strict=True)}


@pytest.mark.parametrize("text, expected", CASES)
def test_figure_links(records, text, expected):
    record = records[text]
    figure = next(c for c in record.casualties if c.part_of is None)
    for key, value in expected.items():
        if key == "place":
            continue
        assert getattr(figure, key) == value, key
    if "place" in expected:
        if expected["place"] is None:
            assert figure.place is None
        else:
            place = record.places[figure.place_index]
            assert expected["place"] in [place.name, *place.mentions]
            assert figure.links["place"] in ("clause", "sentence", "paragraph", "article")
    for value in (figure.cause, figure.text):
        assert value is None or value in text  # slices of the text, never rebuilt from tokens


@pytest.mark.parametrize("text, target", [
    (CASES[0][0], "apartment building"),
    (CASES[3][0], "bus"),
    (CASES[5][0], "military base"),
    (CASES[58][0], "residential building"),
    (CASES[89][0], "UN convoy"),
    (CASES[36][0], None),  # "an attack in Arauca on Tuesday": a day is no target
    (CASES[25][0], None),  # "A bomb killed 16 people at a market": where, not what was attacked
])
def test_figure_target(records, text, target):
    figure = next(c for c in records[text].casualties if c.part_of is None)
    assert figure.target == target


def test_sub_counts_share_links(records):
    record = records[next(text for text, _e in CASES if text.startswith("At least 30 people, including 12 children"))]
    whole, part = record.casualties[0], record.casualties[1]
    assert part.part_of == 0
    assert (part.place, part.place_index, part.date, part.attributed_to) == (
        whole.place, whole.place_index, whole.date, whole.attributed_to)


TOLL_DATES = [
    # the toll from a dated incident keeps the incident's day, not the day the toll rose
    ("The death toll from Friday's bombing of a bus station in Quetta rose to 31 on Saturday, officials said.",
     "2024-04-12"),
    ("The toll from Monday's landslide of a mine in Kachin state climbed to 40 on Tuesday, rescuers said.",
     "2024-04-15"),
    ("The death toll from Sunday’s attack on a church in Ituri rose to 18 on Monday, a local official said.",
     "2024-04-14"),
    # a period opened by a date still bounds, and is no incident's day
    ("From Monday to Wednesday, 40 people were killed in air strikes on Khan Younis, medics said.",
     None),
]


@pytest.mark.parametrize("text, date", TOLL_DATES)
def test_toll_from_a_dated_incident(analyse, text, date):
    """``from Friday's bombing`` dates the incident; ``from Monday to Wednesday`` opens a period."""
    figure = next(c for c in analyse(text, published="2024-04-17").casualties if c.part_of is None)
    assert figure.date == date


SITES = [
    # the spot inside the place: a street, a building, a market, a named quarter
    ("A man was shot dead on Harbour Road in Mombasa on Monday, police said.", "Harbour Road"),
    ("Gunmen killed two traders at a crowded market in Maiduguri on Tuesday.", "crowded market"),
    ("Three soldiers were killed at a checkpoint outside Kirkuk on Sunday, officials said.", "checkpoint"),
    ("A bomb exploded at the Main Street bus station in Peshawar, where at least nine people were killed.",
     "Main Street bus station"),
    ("At King St, the busiest junction in Juba, four traders and a soldier were wounded.", "King St"),
    ("An Israeli strike killed five people in a school in Jabalia on Monday, medics said.", "school"),
    ("Four worshippers were wounded when gunmen opened fire inside a mosque in Kano.", "mosque"),
    ("A car bomb killed six people outside the central hospital in Mogadishu.", "central hospital"),
    # no site: the clause names a place of the map only, or the named area is the place itself
    ("Five people were killed in Aleppo on Sunday, monitors said.", None),
    ("Air strikes killed 11 civilians in the Maiwand district of Kandahar, officials said.", None),
    ("Militants killed eight soldiers in an ambush near Kidal on Tuesday.", None),
    ("Two men were killed in Belfast last night; one was shot in the Ardoyne area.", None),
    ("Two people were killed in an exchange of fire in the Al Karama neighbourhood of Tripoli.", None),
]


@pytest.mark.parametrize("text, site", SITES)
def test_figure_site(analyse, text, site):
    """``site`` is the spot the clause names inside the place, as written, with its span."""
    record = analyse(text, published="2024-04-17")
    figure = next(c for c in record.casualties if c.part_of is None)
    assert figure.site == site
    if site is not None:
        start, end = figure.site_span
        assert text[start:end] == site
        assert figure.links["site"] in ("clause", "where")


def test_sub_counts_share_the_site(analyse):
    record = analyse("Nine people, including four children, were killed at a market in Gao.")
    whole, part = record.casualties[0], record.casualties[1]
    assert part.part_of == 0 and (part.site, part.site_span) == (whole.site, whole.site_span) != (None, None)


@pytest.mark.parametrize("text, date", [
    # "between" bounds a period only when its objects are dates: a battle between two sides
    # leaves the figure free to take the day its paragraph gives
    ("Fighting flared in Bamako on Monday. A man was killed in a battle between troops and gunmen.",
     "2024-04-15"),
    ("Protests spread to Nairobi on Monday. Three people died in clashes between police and protesters.",
     "2024-04-15"),
    ("Air strikes hit Idlib on Monday. Between March and May, 300 people were killed, monitors said.",
     None),
])
def test_between_bounds_a_period_only_of_dates(analyse, text, date):
    figure = next(c for c in analyse(text, published="2024-04-17").casualties if c.part_of is None)
    assert figure.date == date


PARTIES = [
    # a fight between two sides: both actors, and no one perpetrator
    ("Clashes between the Sudanese army and the RSF killed 20 civilians in Omdurman on Monday.",
     ["Sudanese Armed Forces", "Rapid Support Forces"], None),
    ("A boy was killed in a gunbattle between police and smugglers near Kandahar on Sunday.",
     ["Afghan National Police", "smugglers"], None),
    ("Three people died in fighting between Houthi rebels and government troops in Marib.",
     ["Houthis", "government forces"], None),
    ("Two villagers were wounded in crossfire between the Tatmadaw and the Arakan Army.",
     ["Tatmadaw", "Arakan Army"], None),
    # no fight between sides: no parties
    ("Gunmen killed six farmers near Jos on Tuesday, police said.", [], "Unidentified Armed Group (Nigeria)"),
    ("Between March and May, 300 people were killed in Idlib, monitors said.", [], None),
    ("Talks between the two sides failed, and five soldiers were killed in an ambush in Tigray.", [], None),
]


@pytest.mark.parametrize("text, parties, perpetrator", PARTIES)
def test_figure_parties(analyse, text, parties, perpetrator):
    """``parties`` gives both sides of a fight the clause tells of, by their group names."""
    figure = next(c for c in analyse(text, published="2024-04-17").casualties if c.part_of is None)
    assert figure.parties == parties
    assert figure.perpetrator == perpetrator
    assert ("parties" in figure.links) == bool(parties)


def test_sub_counts_share_the_parties(analyse):
    record = analyse("Nine people, including four children, died in clashes between police and protesters in Lagos.")
    whole, part = record.casualties[0], record.casualties[1]
    assert part.part_of == 0 and part.parties == whole.parties == ["Nigeria Police Force", "Protesters (Nigeria)"]


@pytest.mark.parametrize("text, place, rule", [
    # "the same province" points back to the last place of that unit named before it
    ("Clashes went on in Deir ez-Zor province all week. On Monday a colonel was killed in the same "
     "province, officials said.", "Deir ez-Zor", "same_place"),
    ("Gunmen attacked Bunia on Sunday. On Tuesday, six more people were killed in the same town.",
     "Bunia", "same_place"),
    ("Rockets hit Kharkiv and Sumy oblast overnight. Two people were wounded in the same city.",
     "Kharkiv", "same_place"),
    # nothing of that unit before it: no antecedent is made up
    ("Two soldiers were killed in the same district on Monday.", None, None),
])
def test_same_place_points_back(analyse, text, place, rule):
    figure = next(c for c in analyse(text, published="2024-04-17").casualties if c.part_of is None)
    assert (figure.place, figure.links.get("place")) == (place, rule)
