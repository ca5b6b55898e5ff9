package org.tsunagu.people.bulk;

import java.util.Arrays;
import java.util.BitSet;
import org.tsunagu.platform.demo.CitySize;
import org.tsunagu.platform.demo.Dice;

/**
 * The persons of the city-scale set as the registry writes them, for the modules whose data is
 * about them, kept compact (400,000 at full size): the town each lives in (its index in {@link
 * CityAreas}), their ward, age and co-op membership. Indices are positions in the order written, so
 * the id is {@code firstId + index}; the first {@code elderlyAlone} are the 65+ living alone, then
 * the supporters, then the others.
 */
public final class CityPersons {

  private final long firstId;
  private final int elderlyAlone;
  private final int supporters;
  private final int[] town;
  private final byte[] ward;
  private final byte[] age;
  private final BitSet coopMember;
  private int size;
  private int[][] byWard;

  public CityPersons(long firstId, CitySize size) {
    this.firstId = firstId;
    this.elderlyAlone = size.elderlyAlone();
    this.supporters = size.supporters();
    this.town = new int[size.persons()];
    this.ward = new byte[size.persons()];
    this.age = new byte[size.persons()];
    this.coopMember = new BitSet(size.persons());
  }

  /** Adds the next person written; only the registry adds. */
  public void add(int townIndex, int wardIndex, int years, boolean memberOfCoop) {
    coopMember.set(size, memberOfCoop);
    town[size] = townIndex;
    ward[size] = (byte) wardIndex;
    age[size] = (byte) Math.min(years, 127);
    size++;
  }

  /** How many of the first persons are aged 65+ and live alone. */
  public int elderlyAlone() {
    return elderlyAlone;
  }

  /** How many persons after the elderly living alone are supporters. */
  public int supporters() {
    return supporters;
  }

  public int size() {
    return size;
  }

  public long id(int index) {
    return firstId + index;
  }

  public int town(int index) {
    return town[index];
  }

  public int ward(int index) {
    return ward[index];
  }

  public int age(int index) {
    return age[index];
  }

  /** Whether the person is a member of their ward's co-op. */
  public boolean coopMember(int index) {
    return coopMember.get(index);
  }

  /** A person of the ward, drawn uniformly. */
  public int inWard(int wardIndex, Dice dice) {
    if (byWard == null) {
      int wards = 0;
      for (int i = 0; i < size; i++) {
        wards = Math.max(wards, ward[i] + 1);
      }
      int[] counts = new int[wards];
      for (int i = 0; i < size; i++) {
        counts[ward[i]]++;
      }
      byWard = new int[wards][];
      for (int w = 0; w < wards; w++) {
        byWard[w] = new int[counts[w]];
      }
      Arrays.fill(counts, 0);
      for (int i = 0; i < size; i++) {
        byWard[ward[i]][counts[ward[i]]++] = i;
      }
    }
    int[] people = byWard[wardIndex];
    return people[dice.nextInt(people.length)];
  }
}
