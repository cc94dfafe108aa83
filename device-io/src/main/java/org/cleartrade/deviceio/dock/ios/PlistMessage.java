package org.cleartrade.deviceio.dock.ios;

import com.dd.plist.NSArray;
import com.dd.plist.NSData;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import com.dd.plist.PropertyListFormatException;
import com.dd.plist.PropertyListParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.SAXException;

/**
 * One property-list dictionary as usbmuxd, lockdownd and the device services exchange them, with
 * typed reads that never throw on a value of the wrong type: a key whose value is missing or of
 * another type reads as empty, and the caller decides what that means.
 *
 * <p>Bytes are written as XML property lists (what libimobiledevice and usbmuxd send) and read in
 * any format dd-plist knows (XML or binary), since some services answer in binary. Immutable once
 * built.
 */
public final class PlistMessage {

    private final NSDictionary dict;

    private PlistMessage(NSDictionary dict) {
        this.dict = dict;
    }

    /** A message from alternating keys and values (String, Boolean, Integer, Long, byte[], PlistMessage, List). */
    public static PlistMessage of(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must pair up");
        }
        NSDictionary d = new NSDictionary();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            if (value != null) {
                d.put((String) keysAndValues[i], toNs(value));
            }
        }
        return new PlistMessage(d);
    }

    /** Wraps a dictionary read elsewhere; the message keeps its own copy. */
    public static PlistMessage wrap(NSDictionary dict) {
        return new PlistMessage(dict.clone());
    }

    /** This message with {@code key} set (or removed when {@code value} is null). */
    public PlistMessage with(String key, Object value) {
        NSDictionary d = dict.clone();
        if (value == null) {
            d.remove(key);
        } else {
            d.put(key, toNs(value));
        }
        return new PlistMessage(d);
    }

    /** This message with every key of {@code other} set over its own. */
    public PlistMessage merged(PlistMessage other) {
        NSDictionary d = dict.clone();
        other.dict.forEach(d::put);
        return new PlistMessage(d);
    }

    /**
     * Parses a property list whose root is a dictionary.
     *
     * @throws IOException naming what was wrong: not a property list, or not a dictionary
     */
    public static PlistMessage parse(byte[] bytes) throws IOException {
        NSObject root;
        try {
            root = PropertyListParser.parse(bytes);
        } catch (PropertyListFormatException | ParseException | ParserConfigurationException | SAXException e) {
            throw new IOException("not a property list: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // dd-plist reports some truncated binary lists as index errors.
            throw new IOException("not a property list: " + e, e);
        }
        if (!(root instanceof NSDictionary d)) {
            throw new IOException("property list root is "
                    + (root == null ? "empty" : root.getClass().getSimpleName()) + ", not a dictionary");
        }
        return new PlistMessage(d);
    }

    /** The XML property list, UTF-8. */
    public byte[] toXml() {
        return dict.toXMLPropertyList().getBytes(StandardCharsets.UTF_8);
    }

    public boolean has(String key) {
        return dict.containsKey(key);
    }

    public List<String> keys() {
        return List.of(dict.allKeys());
    }

    public Optional<String> string(String key) {
        return dict.get(key) instanceof NSString s ? Optional.of(s.getContent()) : Optional.empty();
    }

    public Optional<Boolean> bool(String key) {
        return dict.get(key) instanceof NSNumber n && n.isBoolean() ? Optional.of(n.boolValue()) : Optional.empty();
    }

    public OptionalLong integer(String key) {
        return dict.get(key) instanceof NSNumber n && n.isInteger()
                ? OptionalLong.of(n.longValue())
                : OptionalLong.empty();
    }

    public Optional<byte[]> data(String key) {
        return dict.get(key) instanceof NSData d ? Optional.of(d.bytes()) : Optional.empty();
    }

    public Optional<PlistMessage> dict(String key) {
        return dict.get(key) instanceof NSDictionary d ? Optional.of(new PlistMessage(d)) : Optional.empty();
    }

    /** The dictionaries of an array value; other elements are skipped. */
    public List<PlistMessage> dicts(String key) {
        List<PlistMessage> out = new ArrayList<>();
        if (dict.get(key) instanceof NSArray array) {
            for (NSObject o : array.getArray()) {
                if (o instanceof NSDictionary d) {
                    out.add(new PlistMessage(d));
                }
            }
        }
        return out;
    }

    /** The raw value of {@code key}, for values this class has no typed read for. */
    public Optional<NSObject> value(String key) {
        return Optional.ofNullable(dict.get(key));
    }

    /** The dictionary itself, copied. */
    public NSDictionary toDictionary() {
        return dict.clone();
    }

    private static NSObject toNs(Object value) {
        Objects.requireNonNull(value, "value");
        if (value instanceof PlistMessage m) {
            return m.dict.clone();
        }
        if (value instanceof NSObject o) {
            return o;
        }
        if (value instanceof List<?> list) {
            NSArray array = new NSArray(list.size());
            for (int i = 0; i < list.size(); i++) {
                array.setValue(i, toNs(list.get(i)));
            }
            return array;
        }
        if (value instanceof Integer i) {
            return new NSNumber(i.longValue());
        }
        return NSObject.fromJavaObject(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlistMessage other && dict.equals(other.dict);
    }

    @Override
    public int hashCode() {
        return dict.hashCode();
    }

    @Override
    public String toString() {
        return dict.toASCIIPropertyList().replaceAll("\\s+", " ");
    }
}
