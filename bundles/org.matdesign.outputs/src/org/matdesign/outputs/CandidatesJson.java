package org.matdesign.outputs;

import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.matdesign.api.DesignResults;
import org.matdesign.api.DesignTarget;
import org.matdesign.api.PropertyTarget;
import org.matdesign.api.RankedCandidate;
import org.matdesign.api.StageInfo;
import org.matdesign.api.Verdict;
import org.matdesign.outputs.render.Json;

/**
 * candidates.json: the campaign's name, targets, stages and SUN rule, and per candidate (rank order) its rank, id,
 * target, structure (pymatgen {@code Structure.as_dict()}), the generator's predicted properties, the objective, every
 * verdict by validator id (passed, value, detail, properties) and whether it is SUN. Unknown numbers are null.
 */
public final class CandidatesJson {

    private CandidatesJson() {
    }

    public static JsonObject toJson(DesignResults results) {
        JsonObject o = new JsonObject();
        o.add("name", Json.text(results.name()));
        o.add("targets", targets(results));
        o.add("stages", stages(results));
        o.add("sun_rule", Json.strings(results.sunRule()));
        o.add("property_units", Json.texts(results.propertyUnits()));
        JsonArray candidates = new JsonArray();
        results.candidates().forEach(c -> candidates.add(candidate(results, c)));
        o.add("candidates", candidates);
        return o;
    }

    static JsonArray stages(DesignResults results) {
        JsonArray a = new JsonArray();
        for (StageInfo s : results.stages()) {
            JsonObject st = new JsonObject();
            st.add("id", Json.text(s.id()));
            st.add("name", Json.text(s.name()));
            st.add("description", Json.text(s.description()));
            a.add(st);
        }
        return a;
    }

    static JsonArray targets(DesignResults results) {
        JsonArray a = new JsonArray();
        for (int i = 0; i < results.targets().size(); i++) {
            DesignTarget t = results.targets().get(i);
            JsonObject to = new JsonObject();
            to.addProperty("index", i);
            to.add("label", Json.text(Targets.label(results, i)));
            JsonArray props = new JsonArray();
            for (PropertyTarget p : t.targets()) {
                JsonObject po = new JsonObject();
                po.addProperty("property", p.name());
                po.add("low", Json.number(p.low()));
                po.add("high", Json.number(p.high()));
                po.add("tolerance", Json.number(p.tolerance()));
                po.add("value", Json.number(p.value()));
                props.add(po);
            }
            to.add("properties", props);
            to.add("allowed_elements", Json.strings(t.allowedElements().stream().sorted().toList()));
            to.add("excluded_elements", Json.strings(t.excludedElements().stream().sorted().toList()));
            to.addProperty("count", t.count());
            to.addProperty("seed", t.seed());
            a.add(to);
        }
        return a;
    }

    static JsonObject candidate(DesignResults results, RankedCandidate c) {
        JsonObject o = new JsonObject();
        o.addProperty("rank", c.rank());
        o.add("id", Json.text(c.id()));
        o.add("group", Json.text(c.candidate().group()));
        o.add("origin", Json.text(c.candidate().origin()));
        o.addProperty("target", c.target());
        o.add("target_label", Json.text(Targets.label(results, c.target())));
        o.add("formula", Json.text(Targets.formula(c)));
        o.add("structure", StructureJson.of(c.candidate().structure()));
        o.add("predicted", Json.numbers(c.candidate().predicted()));
        o.add("objective", Json.number(c.candidate().objective()));
        JsonObject verdicts = new JsonObject();
        for (Map.Entry<String, Verdict> e : c.candidate().verdicts().entrySet()) {
            Verdict v = e.getValue();
            JsonObject vo = new JsonObject();
            vo.addProperty("passed", v.passed());
            vo.add("value", Json.number(v.value()));
            vo.add("detail", Json.text(v.detail()));
            vo.add("properties", Json.numbers(v.properties()));
            if (!v.uncertainties().isEmpty()) {
                vo.add("uncertainties", Json.numbers(v.uncertainties()));
            }
            verdicts.add(e.getKey(), vo);
        }
        o.add("verdicts", verdicts);
        o.addProperty("sun", c.sun());
        return o;
    }
}
