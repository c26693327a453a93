"""Short invented sentences in every language the app prints, and mixed ones.

Names and case numbers are made up. Each sentence uses letters that are easy
to get wrong: Welsh ŵ ŷ, Romanian ș ț, Farsi ZWNJ, Bengali conjuncts.
"""

SAMPLES: dict[str, str] = {
    "en": "Welcome to the family meeting. Together we will make a plan for Sam.",
    "cy": "Croeso i gyfarfod y teulu. Bydd yr ŵyr a'r gwŷr yn dod ddydd Iau.",
    "pl": "Zapraszamy na spotkanie rodzinne. Będziemy rozmawiać, jak pomóc dziecku.",
    "ro": "Vă invităm la întâlnirea familiei. Împreună vom face un plan și vom ține legătura.",
    "lt": "Kviečiame į šeimos susitikimą. Kartu sudarysime planą vaiko saugumui.",
    "pt": "Bem-vindos à reunião da família. Vamos fazer um plano juntos para a criança.",
    "uk": "Ласкаво просимо на сімейну зустріч. Разом ми складемо план для дитини, і її почують.",
    "so": "Ku soo dhawaada kulanka qoyska. Waxaan si wada jir ah u samayn doonnaa qorshe.",
    "ar": "مرحباً بكم في اجتماع العائلة. سنضع معاً خطة لسلامة الطفل.",
    "ur": "خاندان کی میٹنگ میں خوش آمدید۔ ہم مل کر بچے کی حفاظت کا منصوبہ بنائیں گے۔",
    "fa": "به جلسهٔ خانواده خوش آمدید. ما می‌خواهیم با هم برنامه‌ای برای کودک بنویسیم.",
    "ps": "د کورنۍ غونډې ته ښه راغلاست. موږ به یوځای د ماشوم لپاره پلان جوړ کړو.",
    "ckb": "بەخێربێن بۆ کۆبوونەوەی خێزان. پێکەوە پلانێک بۆ منداڵەکە دادەنێین.",
    "bn": "পরিবারের সভায় স্বাগতম। আমরা একসাথে শিশুর নিরাপত্তার জন্য পরিকল্পনা করব। ক্ষমা চাই।",
    "pa": "ਪਰਿਵਾਰਕ ਮੀਟਿੰਗ ਵਿੱਚ ਤੁਹਾਡਾ ਸਵਾਗਤ ਹੈ। ਅਸੀਂ ਮਿਲ ਕੇ ਬੱਚੇ ਲਈ ਯੋਜਨਾ ਬਣਾਵਾਂਗੇ।",
    "gu": "કુટુંબની બેઠકમાં આપનું સ્વાગત છે. આપણે સાથે મળીને બાળક માટે યોજના બનાવીશું.",
    "ti": "ናብ ኣኼባ ስድራቤት እንቋዕ ብደሓን መጻእኩም። ብሓባር ንቖልዓ ውጥን ክንገብር ኢና።",
}

# Right-to-left sentences with a Latin name, a case number and both kinds of digits.
MIXED_RIGHT_TO_LEFT: dict[str, str] = {
    "ar": (
        "نرحب بعائلة Sara Jones في الاجتماع يوم ١٢ مارس 2026 الساعة 10:30. "
        "رقم الملف FGC-2026-0042 ويحضر معنا ٣ أشخاص من المدرسة."
    ),
    "ur": (
        "ہم Sara Jones کے خاندان کو ١٢ مارچ 2026 کی میٹنگ میں خوش آمدید کہتے ہیں۔ "
        "فائل نمبر FGC-2026-0042 ہے اور 3 افراد اسکول سے آئیں گے۔"
    ),
    "fa": (
        "ما خانوادهٔ Sara Jones را در جلسهٔ ۱۲ مارس 2026 می‌بینیم. "
        "شمارهٔ پرونده FGC-2026-0042 است و ۳ نفر از مدرسه می‌آیند."
    ),
}
