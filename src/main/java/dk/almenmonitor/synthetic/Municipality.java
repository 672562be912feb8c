package dk.almenmonitor.synthetic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The 98 municipalities (code, name, rough population in thousands) and the postal codes the generator places
 * dwellings in, with weights. København's postal codes are the city's own (1050–2720), weighted towards the districts
 * with many almene boliger; elsewhere a municipality has its main postal code or a few. Approximate on purpose: the
 * data are synthetic.
 */
record Municipality(int code, String name, int populationThousands, int[] postalCodes, double[] postalCumulative) {

    static final int COPENHAGEN = 101;

    /** code|name|population (thousands)|postal codes, each optionally code:weight. */
    private static final String TABLE = """
            101|København|650|1050:0.3 1150:0.3 1250:0.3 1300:0.4 1350:0.4 1400:0.5 1450:0.3 1550:0.5 1620:0.8 \
            1650:0.8 1700:0.7 1750:0.5 1799:0.3 2100:6 2150:0.8 2200:12 2300:14 2400:14 2450:10 2500:9 2700:8 2720:6
            147|Frederiksberg|105|2000
            151|Ballerup|49|2750
            153|Brøndby|36|2605 2660
            155|Dragør|14|2791
            157|Gentofte|75|2820 2900 2920
            159|Gladsaxe|70|2860 2880
            161|Glostrup|23|2600
            163|Herlev|29|2730
            165|Albertslund|28|2620
            167|Hvidovre|54|2650
            169|Høje-Taastrup|52|2630 2640
            173|Lyngby-Taarbæk|57|2800
            175|Rødovre|41|2610
            183|Ishøj|23|2635
            185|Tårnby|43|2770
            187|Vallensbæk|17|2625
            190|Furesø|41|3520 3500
            201|Allerød|26|3450
            210|Fredensborg|41|3480 2990
            217|Helsingør|63|3000 3070
            219|Hillerød|52|3400
            223|Hørsholm|25|2970
            230|Rudersdal|57|2840 3460
            240|Egedal|44|3650 2765
            250|Frederikssund|46|3600
            253|Greve|51|2670
            259|Køge|61|4600
            260|Halsnæs|31|3300
            265|Roskilde|90|4000
            269|Solrød|23|2680
            270|Gribskov|41|3200
            306|Odsherred|33|4500
            316|Holbæk|72|4300
            320|Faxe|37|4640
            326|Kalundborg|49|4400
            329|Ringsted|35|4100
            330|Slagelse|79|4200 4220
            336|Stevns|23|4660
            340|Sorø|30|4180
            350|Lejre|28|4320
            360|Lolland|41|4900 4930
            370|Næstved|83|4700
            376|Guldborgsund|60|4800
            390|Vordingborg|46|4760
            400|Bornholm|39|3700
            410|Middelfart|39|5500
            420|Assens|41|5610
            430|Faaborg-Midtfyn|52|5600 5750
            440|Kerteminde|24|5300
            450|Nyborg|32|5800
            461|Odense|205|5000:3 5200:2 5210:2 5220:2 5230:1 5240:1 5250:1 5260:1 5270:1
            479|Svendborg|59|5700
            480|Nordfyns|29|5400
            482|Langeland|12|5900
            492|Ærø|6|5970
            510|Haderslev|56|6100
            530|Billund|27|7190
            540|Sønderborg|74|6400
            550|Tønder|37|6270
            561|Esbjerg|116|6700:3 6705:1 6710:1 6715:1
            563|Fanø|3|6720
            573|Varde|50|6800
            575|Vejen|43|6600
            580|Aabenraa|59|6200
            607|Fredericia|51|7000
            615|Horsens|90|8700
            621|Kolding|93|6000
            630|Vejle|117|7100 7120
            657|Herning|89|7400
            661|Holstebro|59|7500
            665|Lemvig|20|7620
            671|Struer|21|7600
            706|Syddjurs|43|8400
            707|Norddjurs|37|8500
            710|Favrskov|49|8370
            727|Odder|23|8300
            730|Randers|98|8900:3 8920:1 8930:1 8940:1
            740|Silkeborg|96|8600
            741|Samsø|4|8305
            746|Skanderborg|63|8660
            751|Aarhus|355|8000:4 8200:3 8210:3 8220:3 8230:1 8240:1 8260:2 8270:1
            756|Ikast-Brande|41|7430 7330
            760|Ringkøbing-Skjern|57|6950 6900
            766|Hedensted|47|8722
            773|Morsø|20|7900
            779|Skive|46|7800
            787|Thisted|43|7700
            791|Viborg|97|8800
            810|Brønderslev|36|9700
            813|Frederikshavn|59|9900
            820|Vesthimmerlands|37|9600
            825|Læsø|2|9940
            840|Rebild|30|9520
            846|Mariagerfjord|42|9500
            849|Jammerbugt|38|9440
            851|Aalborg|220|9000:4 9200:2 9210:2 9220:3 9230:1 9400:2
            860|Hjørring|64|9800
            """;

    private static final List<Municipality> ALL = parse();

    static List<Municipality> all() {
        return ALL;
    }

    static Municipality copenhagen() {
        return ALL.get(0);
    }

    /** The code as BBR and the evictions file write it: four digits, København = {@code 0101}. */
    String code4() {
        return String.format("%04d", code);
    }

    int postalCode(Rng rng) {
        return postalCodes.length == 1 ? postalCodes[0] : postalCodes[rng.pick(postalCumulative)];
    }

    /** A city with a large almene sector and higher rents (the four largest). */
    boolean largeCity() {
        return code == COPENHAGEN || code == 751 || code == 461 || code == 851;
    }

    private static List<Municipality> parse() {
        List<Municipality> list = new ArrayList<>();
        for (String line : TABLE.strip().split("\n")) {
            String[] parts = line.strip().split("\\|");
            String[] codes = parts[3].strip().split("\\s+");
            int[] postal = new int[codes.length];
            double[] weights = new double[codes.length];
            for (int i = 0; i < codes.length; i++) {
                String[] cw = codes[i].split(":");
                postal[i] = Integer.parseInt(cw[0]);
                weights[i] = cw.length > 1 ? Double.parseDouble(cw[1]) : 1.0;
            }
            list.add(new Municipality(Integer.parseInt(parts[0]), parts[1], Integer.parseInt(parts[2]), postal,
                    Rng.cumulative(weights)));
        }
        return Collections.unmodifiableList(list);
    }
}
