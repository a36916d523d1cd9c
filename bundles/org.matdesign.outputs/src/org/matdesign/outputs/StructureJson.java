package org.matdesign.outputs;

import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.matdesign.core.Structure;
import org.matdesign.core.io.PymatgenJson;

/**
 * A structure as pymatgen's {@code Structure.as_dict()}, so {@code Structure.from_dict} reads it. The core writer
 * gives the lattice and sites; the structure-level {@code properties} it leaves out are added here, in the place
 * pymatgen puts them (before {@code sites}).
 */
final class StructureJson {

    private StructureJson() {
    }

    static JsonObject of(Structure s) {
        JsonObject written = JsonParser.parseString(PymatgenJson.write(s)).getAsJsonObject();
        JsonObject o = new JsonObject();
        for (Map.Entry<String, JsonElement> e : written.entrySet()) {
            if (e.getKey().equals("sites") && !written.has("properties")) {
                o.add("properties", new JsonObject());
            }
            o.add(e.getKey(), e.getValue());
        }
        if (!o.has("properties")) {
            o.add("properties", new JsonObject());
        }
        return o;
    }
}
