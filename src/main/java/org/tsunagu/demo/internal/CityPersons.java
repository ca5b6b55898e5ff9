package org.tsunagu.demo.internal;

import java.util.Arrays;

/**
 * What the consultation data needs to know of the registry's persons, kept compact (400,000 at full
 * size): the town each lives in, their ward and age. Indices are positions in the order written, so
 * the id is {@code firstId + index}; the first {@code elderlyAlone} are the 65+ living alone, then
 * the supporters, then the others.
 */
final class CityPersons {

  final long firstId;
  final int elderlyAlone;
  final int supporters;
  private final int[] town;
  private final byte[] ward;
  private final byte[] age;
  private final java.util.BitSet coopMember;
  private int size;
  private int[][] byWard;

  CityPersons(long firstId, CitySize size) {
    this.firstId = firstId;
    this.elderlyAlone = size.elderlyAlone();
    this.supporters = size.supporters();
    this.town = new int[size.persons()];
    this.ward = new byte[size.persons()];
    this.age = new byte[size.persons()];
    this.coopMember = new java.util.BitSet(size.persons());
  }

  void add(int townIndex, int wardIndex, int years, boolean memberOfCoop) {
    coopMember.set(size, memberOfCoop);
    town[size] = townIndex;
    ward[size] = (byte) wardIndex;
    age[size] = (byte) Math.min(years, 127);
    size++;
  }

  int size() {
    return size;
  }

  long id(int index) {
    return firstId + index;
  }

  int town(int index) {
    return town[index];
  }

  int ward(int index) {
    return ward[index];
  }

  int age(int index) {
    return age[index];
  }

  /** Whether the person is a member of their ward's co-op. */
  boolean coopMember(int index) {
    return coopMember.get(index);
  }

  /** A person of the ward, drawn uniformly. */
  int inWard(int wardIndex, Dice dice) {
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
