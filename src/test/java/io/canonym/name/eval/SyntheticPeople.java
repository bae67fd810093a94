package io.canonym.name.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic (seeded) generator of realistic multi-script people for scale benchmarks.
 *
 * <p>Each culture has given names and surname building blocks with their native-script spelling, so a
 * person gets a canonical Latin name, a native-script name (where the culture has one) and variants a
 * newsroom would meet: another transliteration convention, a typo, initial + surname. Surnames are built
 * from syllables, so a million people have tens of thousands of distinct surnames plus many namesakes,
 * as real data does.
 */
public final class SyntheticPeople {

    /** One generated person. */
    public record Person(long id, String culture, String canonical, String nativeName, List<String> variants) {
    }

    private static final String[][] RU_GIVEN = {{"Sergei", "Сергей"}, {"Vladimir", "Владимир"}, {"Aleksandr", "Александр"},
            {"Dmitry", "Дмитрий"}, {"Mikhail", "Михаил"}, {"Yevgeny", "Евгений"}, {"Nikolai", "Николай"}, {"Andrei", "Андрей"},
            {"Yuri", "Юрий"}, {"Igor", "Игорь"}, {"Oleg", "Олег"}, {"Pavel", "Павел"}, {"Viktor", "Виктор"},
            {"Natalya", "Наталья"}, {"Olga", "Ольга"}, {"Tatyana", "Татьяна"}, {"Yelena", "Елена"}, {"Irina", "Ирина"},
            {"Boris", "Борис"}, {"Maksim", "Максим"}};
    private static final String[][] RU_SYLLABLES = {{"ko", "ко"}, {"ro", "ро"}, {"va", "ва"}, {"li", "ли"}, {"sha", "ша"},
            {"ne", "не"}, {"tu", "ту"}, {"mi", "ми"}, {"da", "да"}, {"gu", "гу"}, {"ba", "ба"}, {"zi", "зи"}, {"kho", "хо"},
            {"chu", "чу"}, {"zhe", "же"}, {"po", "по"}, {"sy", "сы"}, {"ler", "лер"}, {"shch", "щ"}, {"ya", "я"}};
    private static final String[][] RU_SUFFIX = {{"v", "в"}, {"nov", "нов"}, {"kin", "кин"}, {"lev", "лев"}, {"rin", "рин"}};
    private static final String[][] UA_GIVEN = {{"Volodymyr", "Володимир"}, {"Oleksandr", "Олександр"}, {"Mykola", "Микола"},
            {"Serhiy", "Сергій"}, {"Andriy", "Андрій"}, {"Yuriy", "Юрій"}, {"Olena", "Олена"}, {"Iryna", "Ірина"},
            {"Taras", "Тарас"}, {"Bohdan", "Богдан"}, {"Dmytro", "Дмитро"}, {"Petro", "Петро"}};
    private static final String[][] UA_SUFFIX = {{"enko", "енко"}, {"chuk", "чук"}, {"yuk", "юк"}, {"skyi", "ський"}};
    private static final String[][] KO_SURNAME = {{"Kim", "김"}, {"Lee", "이"}, {"Park", "박"}, {"Choi", "최"}, {"Jung", "정"},
            {"Kang", "강"}, {"Cho", "조"}, {"Yoon", "윤"}, {"Jang", "장"}, {"Lim", "임"}, {"Han", "한"}, {"Shin", "신"}};
    private static final String[][] KO_SYLLABLES = {{"min", "민"}, {"jun", "준"}, {"seo", "서"}, {"ji", "지"}, {"hyun", "현"},
            {"woo", "우"}, {"yeon", "연"}, {"soo", "수"}, {"jae", "재"}, {"hee", "희"}, {"sung", "성"}, {"young", "영"},
            {"jong", "종"}, {"chul", "철"}, {"ho", "호"}, {"eun", "은"}};
    private static final String[][] ZH_SURNAME = {{"Wang", "王"}, {"Li", "李"}, {"Zhang", "张"}, {"Liu", "刘"}, {"Chen", "陈"},
            {"Yang", "杨"}, {"Zhao", "赵"}, {"Huang", "黄"}, {"Zhou", "周"}, {"Wu", "吴"}, {"Xu", "徐"}, {"Sun", "孙"}};
    private static final String[][] ZH_SYLLABLES = {{"wei", "伟"}, {"fang", "芳"}, {"na", "娜"}, {"min", "敏"}, {"jing", "静"},
            {"li", "丽"}, {"qiang", "强"}, {"lei", "磊"}, {"jun", "军"}, {"yang", "洋"}, {"yong", "勇"}, {"jie", "杰"},
            {"tao", "涛"}, {"ming", "明"}, {"chao", "超"}, {"xiu", "秀"}, {"hua", "华"}, {"ping", "平"}, {"gang", "刚"},
            {"hui", "辉"}};
    private static final String[][] AR_GIVEN = {{"Muhammad", "محمد"}, {"Ahmad", "أحمد"}, {"Ali", "علي"}, {"Omar", "عمر"},
            {"Khalid", "خالد"}, {"Hassan", "حسن"}, {"Hussein", "حسين"}, {"Ibrahim", "إبراهيم"}, {"Yusuf", "يوسف"},
            {"Mahmoud", "محمود"}, {"Abdullah", "عبدالله"}, {"Salim", "سالم"}, {"Karim", "كريم"}, {"Tariq", "طارق"},
            {"Walid", "وليد"}, {"Jamal", "جمال"}, {"Nasser", "ناصر"}, {"Faisal", "فيصل"}, {"Hamza", "حمزة"}, {"Said", "سعيد"}};
    private static final String[][] AR_CONSONANTS = {{"k", "ك"}, {"r", "ر"}, {"m", "م"}, {"s", "س"}, {"h", "ح"}, {"d", "د"},
            {"b", "ب"}, {"n", "ن"}, {"t", "ت"}, {"z", "ز"}, {"q", "ق"}, {"j", "ج"}, {"sh", "ش"}, {"f", "ف"}, {"l", "ل"}};
    private static final String[] DE_GIVEN = {"Hans", "Peter", "Klaus", "Wolfgang", "Jürgen", "Michael", "Thomas", "Andreas",
            "Stefan", "Frank", "Uwe", "Dieter", "Sabine", "Ursula", "Petra", "Monika", "Karin", "Heike"};
    private static final String[] DE_PREFIX = {"Lang", "Stein", "Hoff", "Schwarz", "Klein", "Gross", "Weiss", "Berg", "Wald",
            "Brand", "Kirch", "Linden", "Rosen", "Eichen", "Feld", "Hohen", "Neu", "Alt", "Schön", "Brunn"};
    private static final String[] DE_SUFFIX = {"mann", "berg", "feld", "bach", "hauser", "meier", "er", "ner", "hofer", "stein"};
    private static final String[] ES_GIVEN = {"José", "Juan", "Carlos", "Luis", "Miguel", "Jorge", "Pedro", "María", "Ana",
            "Carmen", "Lucía", "Javier", "Manuel", "Francisco", "Antonio"};
    private static final String[] ES_SURNAME = {"García", "Rodríguez", "González", "Fernández", "López", "Martínez",
            "Sánchez", "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Álvarez", "Romero",
            "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Serrano", "Molina", "Ortega", "Delgado",
            "Castro", "Ortiz", "Rubio", "Marín", "Sanz", "Iglesias", "Medina", "Garrido", "Cortés", "Castillo"};

    private final Random random;
    private long nextId = 1;

    public SyntheticPeople(long seed) {
        this.random = new Random(seed);
    }

    public List<Person> generate(int count) {
        List<Person> people = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            people.add(next());
        }
        return people;
    }

    public Person next() {
        long id = nextId++;
        switch (random.nextInt(7)) {
            case 0: return russian(id);
            case 1: return ukrainian(id);
            case 2: return korean(id);
            case 3: return chinese(id);
            case 4: return arabic(id);
            case 5: return german(id);
            default: return spanish(id);
        }
    }

    private String[] pick(String[][] list) {
        return list[random.nextInt(list.length)];
    }

    private String pick(String[] list) {
        return list[random.nextInt(list.length)];
    }

    private Person russian(long id) {
        String[] given = pick(RU_GIVEN);
        StringBuilder lat = new StringBuilder();
        StringBuilder cyr = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            String[] s = pick(RU_SYLLABLES);
            lat.append(s[0]);
            cyr.append(s[1]);
        }
        String[] suffix = pick(RU_SUFFIX);
        lat.append(lat.charAt(lat.length() - 1) == 'a' || lat.charAt(lat.length() - 1) == 'o' ? suffix[0] : "o" + suffix[0]);
        cyr.append(cyr.charAt(cyr.length() - 1) == 'а' || cyr.charAt(cyr.length() - 1) == 'о' ? suffix[1] : "о" + suffix[1]);
        String surname = capitalize(lat.toString());
        String canonical = given[0] + " " + surname;
        String nativeName = given[1] + " " + capitalize(cyr.toString());
        return new Person(id, "ru", canonical, nativeName, List.of(germanStyle(canonical), typo(canonical), initialForm(given[0], surname)));
    }

    private Person ukrainian(long id) {
        String[] given = pick(UA_GIVEN);
        StringBuilder lat = new StringBuilder();
        StringBuilder cyr = new StringBuilder();
        for (int i = 0; i < 2; i++) {
            String[] s = pick(RU_SYLLABLES);
            lat.append(s[0]);
            cyr.append(s[1]);
        }
        String[] suffix = pick(UA_SUFFIX);
        String surname = capitalize(lat + suffix[0]);
        String canonical = given[0] + " " + surname;
        String nativeName = given[1] + " " + capitalize(cyr + suffix[1]);
        return new Person(id, "uk", canonical, nativeName, List.of(germanStyle(canonical), typo(canonical), initialForm(given[0], surname)));
    }

    private Person korean(long id) {
        String[] surname = pick(KO_SURNAME);
        String[] a = pick(KO_SYLLABLES);
        String[] b = pick(KO_SYLLABLES);
        String canonical = surname[0] + " " + capitalize(a[0]) + "-" + b[0];
        String nativeName = surname[1] + a[1] + b[1];
        String mr = surname[0] + " " + capitalize(a[0].replace("j", "ch").replace("eo", "o").replace("eu", "u")) + " "
                + b[0].replace("j", "ch").replace("eo", "o").replace("eu", "u");
        return new Person(id, "ko", canonical, nativeName, List.of(mr, surname[0] + " " + capitalize(a[0] + b[0])));
    }

    private Person chinese(long id) {
        String[] surname = pick(ZH_SURNAME);
        String[] a = pick(ZH_SYLLABLES);
        boolean two = random.nextBoolean();
        String[] b = two ? pick(ZH_SYLLABLES) : new String[] {"", ""};
        String canonical = surname[0] + " " + capitalize(a[0] + b[0]);
        String nativeName = surname[1] + a[1] + b[1];
        return new Person(id, "zh", canonical, nativeName, List.of(capitalize(a[0] + b[0]) + " " + surname[0], typo(canonical)));
    }

    private Person arabic(long id) {
        String[] given = pick(AR_GIVEN);
        String[] father = pick(AR_GIVEN);
        StringBuilder lat = new StringBuilder();
        StringBuilder ara = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            String[] c = pick(AR_CONSONANTS);
            lat.append(c[0]).append(i < 2 ? "a" : "");
            ara.append(c[1]);
        }
        String nisba = capitalize(lat + "i");
        String canonical = given[0] + " " + father[0] + " al-" + nisba;
        String nativeName = given[1] + " " + father[1] + " ال" + ara + "ي";
        return new Person(id, "ar", canonical, nativeName,
                List.of(given[0] + " " + nisba, typo(canonical), "El-" + nisba + ", " + given[0]));
    }

    private Person german(long id) {
        String given = pick(DE_GIVEN);
        String surname = pick(DE_PREFIX) + pick(DE_SUFFIX);
        String canonical = given + " " + surname;
        return new Person(id, "de", canonical, null, List.of(typo(canonical), initialForm(given, surname)));
    }

    private Person spanish(long id) {
        String given = pick(ES_GIVEN);
        String surname = pick(ES_SURNAME) + " " + pick(ES_SURNAME);
        String canonical = given + " " + surname;
        return new Person(id, "es", canonical, null, List.of(typo(canonical), surname.toUpperCase() + ", " + given));
    }

    /** A German-convention respelling of an English-convention Slavic name. */
    private static String germanStyle(String name) {
        return name.replace("shch", "schtsch").replace("sh", "sch").replace("zh", "sch").replace("kh", "ch")
                .replace("ch", "tsch").replace("tschtsch", "tsch").replace("v", "w").replace("y", "j");
    }

    private String typo(String name) {
        char[] c = name.toCharArray();
        int i = 1 + random.nextInt(Math.max(1, c.length - 2));
        if (Character.isLetter(c[i]) && Character.isLetter(c[i - 1])) {
            char t = c[i];
            c[i] = c[i - 1];
            c[i - 1] = t;
        }
        return new String(c);
    }

    private static String initialForm(String given, String surname) {
        return given.charAt(0) + ". " + surname;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
